import * as vscode from 'vscode';
import { ClaimCandidate } from '../../core/claims/claimCandidates';
import { describeSource } from '../../core/claims/claimSource';
import { TagDefinition } from '../config';

/** What the user says about a claim: its tags and an optional note. */
export interface ClaimAnswers {
  readonly tags: readonly string[];
  readonly note?: string;
}

/**
 * Asks for tags (the vocabulary, then tags this document already uses that the vocabulary lacks)
 * and a free note. `current` prefills both when editing. Undefined when the user cancels.
 */
export async function askClaimAnswers(
  vocabulary: readonly TagDefinition[],
  documentTags: readonly string[],
  current?: ClaimAnswers,
): Promise<ClaimAnswers | undefined> {
  const picked = new Set(current?.tags ?? []);
  const known = new Set(vocabulary.map((tag) => tag.id));
  const items: vscode.QuickPickItem[] = [
    ...vocabulary.map((tag) => ({ label: tag.id, description: tag.description, picked: picked.has(tag.id) })),
    ...[...new Set([...documentTags, ...picked])].filter((tag) => !known.has(tag))
      .map((tag) => ({ label: tag, description: 'used in this document', picked: picked.has(tag) })),
  ];
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: current ? 'Edit claim: tags' : 'Tag claim: tags',
    placeHolder: 'Pick the tags that fit this claim',
    ignoreFocusOut: true,
  });
  if (chosen === undefined) return undefined;
  const note = await vscode.window.showInputBox({
    title: current ? 'Edit claim: note' : 'Tag claim: note',
    prompt: 'A note on this claim (optional)',
    value: current?.note ?? '',
    ignoreFocusOut: true,
  });
  if (note === undefined) return undefined;
  return { tags: chosen.map((item) => item.label), ...(note.trim() === '' ? {} : { note: note.trim() }) };
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
