import { describeOrigin } from './describeEntity';
import { ENTITY_KINDS, type Entity, type EntityKind } from './types';

export interface KindStats {
  readonly kind: EntityKind;
  readonly count: number;
  /** How many came from each origin, described as `describeOrigin` does, most first. */
  readonly origins: readonly (readonly [string, number])[];
}

/** Per kind, how many entities were found and where they came from (the list, your list, which rule). */
export function entityStats(entities: readonly Entity[]): KindStats[] {
  const byKind = new Map<EntityKind, Map<string, number>>();
  for (const entity of entities) {
    const origins = byKind.get(entity.kind) ?? new Map<string, number>();
    const origin = describeOrigin(entity);
    origins.set(origin, (origins.get(origin) ?? 0) + 1);
    byKind.set(entity.kind, origins);
  }
  return ENTITY_KINDS.filter((kind) => byKind.has(kind)).map((kind) => {
    const origins = [...byKind.get(kind)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { kind, count: origins.reduce((sum, [, count]) => sum + count, 0), origins };
  });
}

export function formatEntityStats(stats: readonly KindStats[]): string {
  if (stats.length === 0) return 'no figures or organisations found\n';
  const width = Math.max(...stats.map((row) => row.kind.length));
  return stats.map(({ kind, count, origins }) =>
    `${kind.padEnd(width)}  ${String(count).padStart(6)}\n${origins.map(([origin, n]) => `${' '.repeat(width)}  ${String(n).padStart(6)}  from ${origin}`).join('\n')}\n`).join('');
}
