/** A tag offered in the tag picker; `isNew` for one the user typed that no list has. */
export interface TagChoice {
  readonly tag: string;
  readonly description?: string;
  readonly isNew: boolean;
}

/**
 * The picker's list while `typed` is in its box: a typed tag that is in neither the known tags
 * nor those added earlier comes first, offered as new; then the ones added earlier, then the known.
 */
export function tagChoices(known: readonly TagChoice[], added: readonly string[], typed: string): TagChoice[] {
  const tag = typed.trim();
  const listed = new Set([...known.map((choice) => choice.tag), ...added]);
  const offer = tag !== '' && !listed.has(tag) ? [{ tag, description: 'new tag', isNew: true }] : [];
  return [...offer, ...added.map((addedTag) => ({ tag: addedTag, description: 'new tag', isNew: true })), ...known];
}

/**
 * The tags taken on Enter: those ticked, plus a typed tag that is not ticked and not among the known
 * (typing a new tag and pressing Enter is the obvious way to add it).
 */
export function acceptedTags(ticked: readonly string[], typed: string, known: readonly TagChoice[]): string[] {
  const tag = typed.trim();
  const takeTyped = tag !== '' && !ticked.includes(tag) && !known.some((choice) => choice.tag === tag);
  return takeTyped ? [...ticked, tag] : [...ticked];
}
