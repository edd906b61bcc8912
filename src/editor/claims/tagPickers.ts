import * as vscode from 'vscode';
import { ClaimCandidate } from '../../core/claims/claimCandidates';
import { describeSource } from '../../core/claims/claimSource';
import { acceptedTags, TagChoice, tagChoices } from '../../core/claims/tagChoices';
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
  readonly choice: TagChoice;
}

function itemOf(choice: TagChoice): TagItem {
  return { label: choice.tag, description: choice.description, alwaysShow: choice.isNew, choice };
}

/** A many-choice picker over the known tags; typing a tag that is not there offers it as a new one. */
function pickTags(vocabulary: readonly TagDefinition[], documentTags: readonly string[], current: readonly string[], title: string): Promise<string[] | undefined> {
  const ids = new Set(vocabulary.map((tag) => tag.id));
  const known: TagChoice[] = [
    ...vocabulary.map((tag) => ({ tag: tag.id, description: tag.description, isNew: false })),
    ...[...new Set([...documentTags, ...current])].filter((tag) => !ids.has(tag)).map((tag) => ({ tag, description: 'used in this document', isNew: false })),
  ];
  const picker = vscode.window.createQuickPick<TagItem>();
  picker.canSelectMany = true;
  picker.title = title;
  picker.placeholder = 'Pick the tags that fit this claim, or type a new tag';
  picker.ignoreFocusOut = true;
  picker.matchOnDescription = true;
  /** New tags ticked so far: they stay in the list once the box is cleared. */
  const added: string[] = [];
  const show = (typed: string): void => {
    const ticked = new Set(picker.selectedItems.map((item) => item.choice.tag));
    const items = tagChoices(known, added, typed).map(itemOf);
    picker.items = items;
    picker.selectedItems = items.filter((item) => ticked.has(item.choice.tag));
  };
  picker.items = known.map(itemOf);
  picker.selectedItems = picker.items.filter((item) => current.includes(item.choice.tag));
  return new Promise((resolve) => {
    let result: string[] | undefined;
    picker.onDidChangeValue(show);
    picker.onDidChangeSelection((selection) => {
      for (const item of selection) {
        if (item.choice.isNew && !added.includes(item.choice.tag)) added.push(item.choice.tag);
      }
    });
    picker.onDidAccept(() => {
      result = acceptedTags(picker.selectedItems.map((item) => item.choice.tag), picker.value, known);
      picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(result);
    });
    picker.show();
  });
}

/** Asks which of a paragraph's candidate sentences to tag (in the order given: best first), showing score, figures and source. */
export async function pickCandidate(candidates: readonly ClaimCandidate[]): Promise<ClaimCandidate | undefined> {
  const items = candidates.map((candidate) => ({
    label: candidate.text.replace(/\s+/g, ' '),
    description: [`score ${candidate.score}`, ...candidate.figures.map((figure) => figure.text)].join(' · '),
    detail: candidate.source ? `Source: ${describeSource(candidate.source)}` : undefined,
    candidate,
  }));
  const chosen = await vscode.window.showQuickPick(items, { title: 'Tag claim: which sentence?', matchOnDescription: true, matchOnDetail: true });
  return chosen?.candidate;
}
