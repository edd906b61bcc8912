import type { Entity } from './types';

const SLASH_PARTNER = { from: 'rule', rule: 'a name joined to another by a slash' } as const;
const PARTNER = /\/([A-Z][A-Za-z\u00C0-\u024F'’]*(?:[ \t]+[A-Z][A-Za-z\u00C0-\u024F'’]*)*)/y;

/**
 * In a joined name such as "Kings Fund/Nuffield report", the capitalised words after the slash
 * name a second organisation even when the list does not know that short form.
 * `names` are sorted and without overlaps.
 */
export function addSlashPartners(text: string, names: readonly Entity[]): readonly Entity[] {
  if (!text.includes('/')) return names;
  const withPartners: Entity[] = [];
  names.forEach((name, index) => {
    withPartners.push(name);
    if (name.kind !== 'organisation' || text[name.end] !== '/') return;
    PARTNER.lastIndex = name.end;
    const match = PARTNER.exec(text);
    if (!match) return;
    const partner = match[1].replace(/['’]s$/, '');
    const start = name.end + 1;
    const end = start + partner.length;
    const next = names[index + 1];
    if (next && next.start < end) return;
    withPartners.push({ kind: 'organisation', start, end, text: partner, value: { name: partner.replace(/’/g, "'"), aliases: [] }, origin: SLASH_PARTNER });
  });
  return withPartners;
}
