import type { Entity, EntityKind, ValueOfKind } from '../../../src/core/entities/types';

export type EntitySpec = { readonly [K in EntityKind]: { readonly text: string; readonly kind: K; readonly value: ValueOfKind[K] } }[EntityKind];

/** Entities as the detector would give them: every whole-word occurrence of each spec'd text, longest first, none overlapping. */
export function entitiesIn(text: string, specs: readonly EntitySpec[]): Entity[] {
  const entities: Entity[] = [];
  for (const spec of [...specs].sort((a, b) => b.text.length - a.text.length)) {
    for (let at = text.indexOf(spec.text); at !== -1; at = text.indexOf(spec.text, at + 1)) {
      const end = at + spec.text.length;
      const wholeWord = !/[\p{L}\d]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\d]/u.test(text[end] ?? ' ');
      if (wholeWord && !entities.some((entity) => at < entity.end && entity.start < end)) {
        entities.push({ ...spec, start: at, end });
      }
    }
  }
  return entities.sort((a, b) => a.start - b.start);
}

export const organisation = (text: string, name = text): EntitySpec => ({ text, kind: 'organisation', value: { name, aliases: [] } });
export const money = (text: string, amount: number): EntitySpec => ({ text, kind: 'money', value: { amount, currency: 'GBP' } });
export const percent = (text: string, value: number): EntitySpec => ({ text, kind: 'percent', value: { percent: value } });
export const year = (text: string): EntitySpec => ({ text, kind: 'date', value: { year: Number(text) } });
export const fiscalYear = (text: string, from: string, to: string): EntitySpec => ({ text, kind: 'date', value: { from, to } });
export const quantity = (text: string, number: number): EntitySpec => ({ text, kind: 'quantity', value: { number } });
