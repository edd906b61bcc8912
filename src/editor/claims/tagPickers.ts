import * as vscode from 'vscode';
import { ClaimCandidate } from '../../core/claims/claimCandidates';
import { TagDefinition } from '../config';

/** What the user says about a claim: its tags, an optional note, and who it is attributed to. */
export interface ClaimAnswers {
  readonly tags: readonly string[];
  readonly note?: string;
  /** The source: found in the text when tagging, correctable here; empty or absent for none. */
  readonly source?: string;
}

/**
 * Asks for tags (the vocabulary, tags this document already uses that the vocabulary lacks, and
 * any new tag typed into the picker), a free note and the source. `current` prefills all three
 * when editing, or the source found in the text when tagging. Undefined when the user cancels.
 */
export async function askClaimAnswers(
  vocabulary: readonly TagDefinition[],
  documentTags: readonly string[],
  current?: ClaimAnswers,
  editing = false,
): Promise<ClaimAnswers | undefined> {
  const verb = editing ? 'Edit claim' : 'Tag claim';
  const tags = await pickTags(vocabulary, documentTags, current?.tags ?? [], `${verb}: tags`);
  if (tags === undefined) return undefined;
  const note = await vscode.window.showInputBox({
    title: `${verb}: note`,
    prompt: 'A note on this claim (optional)',
    value: current?.note ?? '',
    ignoreFocusOut: true,
  });
  if (note === undefined) return undefined;
  const source = await vscode.window.showInputBox({
    title: `${verb}: source`,
    prompt: current?.source ? 'Who the claim is attributed to, as found in the text: correct it, or clear it for none' : 'Who the claim is attributed to (optional)',
    value: current?.source ?? '',
    ignoreFocusOut: true,
  });
  if (source === undefined) return undefined;
  return { tags, ...(note.trim() === '' ? {} : { note: note.trim() }), source: source.trim() };
}

interface TagItem extends vscode.QuickPickItem {
  readonly tag: string;
}

/** A many-choice picker over the known tags; typing a tag that is not there offers it as a new one. */
function pickTags(vocabulary: readonly TagDefinition[], documentTags: readonly string[], current: readonly string[], title: string): Promise<string[] | undefined> {
  const known = new Set(vocabulary.map((tag) => tag.id));
  const base: TagItem[] = [
    ...vocabulary.map((tag) => ({ label: tag.id, description: tag.description, tag: tag.id })),
    ...[...new Set([...documentTags, ...current])].filter((tag) => !known.has(tag)).map((tag) => ({ label: tag, description: 'used in this document', tag })),
  ];
  const picker = vscode.window.createQuickPick<TagItem>();
  picker.canSelectMany = true;
  picker.title = title;
  picker.placeholder = 'Pick the tags that fit this claim, or type a new tag';
  picker.ignoreFocusOut = true;
  picker.matchOnDescription = true;
  /** New tags typed so far: they stay in the list, picked, once typed. */
  const added: TagItem[] = [];
  const show = (typed: string): void => {
    const selected = new Set(picker.selectedItems.map((item) => item.tag));
    const tag = typed.trim();
    const offer = tag !== '' && ![...base, ...added].some((item) => item.tag === tag) ? [{ label: tag, description: 'new tag', tag, alwaysShow: true }] : [];
    const items = [...offer, ...added, ...base];
    picker.items = items;
    picker.selectedItems = items.filter((item) => selected.has(item.tag));
  };
  picker.items = base;
  picker.selectedItems = base.filter((item) => current.includes(item.tag));
  return new Promise((resolve) => {
    let result: string[] | undefined;
    picker.onDidChangeValue(show);
    picker.onDidChangeSelection((selection) => {
      // Picking the offered new tag keeps it in the list after the text is cleared.
      for (const item of selection) {
        if (item.description === 'new tag' && !added.some((known) => known.tag === item.tag)) added.push({ label: item.tag, description: 'new tag', tag: item.tag });
      }
    });
    picker.onDidAccept(() => {
      const typed = picker.value.trim();
      const tags = picker.selectedItems.map((item) => item.tag);
      // Enter on a typed tag that was not ticked takes it too: typing a tag and pressing Enter is the obvious way.
      result = typed !== '' && !tags.includes(typed) && !base.some((item) => item.tag === typed) ? [...tags, typed] : tags;
      picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(result);
    });
    picker.show();
  });
}

/** Asks which of a paragraph's candidate sentences to tag, showing figures and source. */
export async function pickCandidate(candidates: readonly ClaimCandidate[]): Promise<ClaimCandidate | undefined> {
  const items = candidates.map((candidate) => ({
    label: candidate.text.replace(/\s+/g, ' '),
    description: candidate.figures.map((figure) => figure.text).join(', '),
    detail: candidate.source ? `Source: ${candidate.source}` : undefined,
    candidate,
  }));
  const chosen = await vscode.window.showQuickPick(items, { title: 'Tag claim: which sentence?', matchOnDescription: true, matchOnDetail: true });
  return chosen?.candidate;
}
