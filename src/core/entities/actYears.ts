import type { Entity } from './types';

const YEAR_AFTER = /[ \u00A0]((?:18|19|20)\d\d)(?![\d/–-])/y;

/**
 * An Act's year is part of its name: "Children and Families Act 2014" is one programme, not an
 * Act and a date. `names` are sorted and without overlaps; the year is taken only when no other
 * name starts in it.
 */
export function withActYears(text: string, names: readonly Entity[]): readonly Entity[] {
  let extended: Entity[] | undefined;
  names.forEach((name, index) => {
    if (name.kind !== 'programme' || !name.text.endsWith('Act')) return;
    YEAR_AFTER.lastIndex = name.end;
    const year = YEAR_AFTER.exec(text);
    if (!year) return;
    const end = name.end + year[0].length;
    const next = names[index + 1];
    if (next && next.start < end) return;
    extended ??= [...names];
    extended[index] = { ...name, end, text: text.slice(name.start, end) };
  });
  return extended ?? names;
}
