import { parseBodyList } from './bodyList';
import type { Exclusion } from './bodyListSchema';
import { exclusionKey } from './exclusions';
import type { NamedBodyEntry } from './types';

/** What the user taught the detector: a name to find, or a text that is not an entity (everywhere, or in one document). */
export type ListChange =
  | { readonly add: 'entry'; readonly entry: NamedBodyEntry }
  | { readonly add: 'exclusion'; readonly text: string; readonly document?: string };

export type ListEdit = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * The workspace list's new text after `change`; `current` is its text, or undefined when there is
 * no file yet. A list that does not parse is not rewritten (nothing of it would survive), and the
 * message says where it is broken. Marking a name removes its exclusions, and excluding a text
 * removes it from the list's names; an exclusion in one document adds the document to an existing one.
 */
export function editedList(current: string | undefined, change: ListChange, fileName: string): ListEdit {
  let items: unknown[] = [];
  if (current !== undefined && current.trim() !== '') {
    const parsed = parseBodyList(current, fileName);
    if (parsed.problems.length > 0) return { ok: false, message: `${parsed.problems[0].message}; fix it, then try again` };
    items = parsed.items;
  }
  const edited = change.add === 'entry' ? withEntry(items, change.entry) : withExclusion(items, change.text, change.document);
  return { ok: true, text: `${JSON.stringify(edited, null, 2)}\n` };
}

function isEntryNamed(item: unknown, key: string): boolean {
  const name = typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined;
  return typeof name === 'string' && exclusionKey(name) === key;
}

function isExclusionOf(item: unknown, key: string): item is Exclusion {
  const text = typeof item === 'object' && item !== null ? (item as { notAnEntity?: unknown }).notAnEntity : undefined;
  return typeof text === 'string' && exclusionKey(text) === key;
}

/** The list with `entry` last, in place of an entry of the same name, and without exclusions of its name. */
function withEntry(items: readonly unknown[], entry: NamedBodyEntry): unknown[] {
  const key = exclusionKey(entry.name);
  return [...items.filter((item) => !isExclusionOf(item, key) && !isEntryNamed(item, key)), entry];
}

/** The list with `text` excluded (in `document`, or everywhere), and without an entry of that name. */
function withExclusion(items: readonly unknown[], text: string, document: string | undefined): unknown[] {
  const key = exclusionKey(text);
  const kept = items.filter((item) => !isEntryNamed(item, key));
  const existing = kept.findIndex((item) => isExclusionOf(item, key));
  if (existing < 0) return [...kept, document === undefined ? { notAnEntity: text } : { notAnEntity: text, documents: [document] }];
  const current = kept[existing] as Exclusion;
  // Everywhere already covers every document.
  if (!current.documents) return kept;
  const widened: Exclusion = document === undefined ? { notAnEntity: current.notAnEntity }
    : { notAnEntity: current.notAnEntity, documents: [...new Set([...current.documents, document])] };
  return kept.map((item, index) => (index === existing ? widened : item));
}
