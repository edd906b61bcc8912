import * as vscode from 'vscode';
import { attributedTo, locationOf, organisationsOf, type ExportedClaim } from '../../core/export/corpus';
import { COMMANDS } from '../claims/commandIds';
import { DocumentEntities } from '../documentEntities';
import { entityAt } from '../../core/entities/entityLookup';
import { WorkspaceCorpus } from './workspaceCorpus';

/**
 * Lists every claim of the workspace attributed to an organisation (its source names it, by any of
 * its names): the organisation under the cursor, or one picked from those the claims name. Picking
 * a claim reveals it. Resolves to the claims listed, for tests.
 */
export async function listClaimsByOrganisation(corpus: WorkspaceCorpus, entities: DocumentEntities, givenName?: string): Promise<readonly ExportedClaim[] | undefined> {
  const workspace = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Reading the workspace\'s claims' }, (progress) => corpus.claims(progress));
  const name = givenName ?? organisationAtCursor(entities) ?? (await vscode.window.showQuickPick(
    [...new Set(workspace.claims.flatMap(organisationsOf))].sort((a, b) => a.localeCompare(b)),
    { title: 'Claims attributed to which organisation?' },
  ));
  if (name === undefined) return undefined;
  const claims = workspace.claims.filter((claim) => attributedTo(claim).some((each) => each.toLowerCase() === name.toLowerCase()));
  if (claims.length === 0) {
    void vscode.window.showInformationMessage(`No claim in the workspace is attributed to ${name}.`);
    return claims;
  }
  const items = claims.map((claim) => {
    const line = locationOf(claim.place)?.line;
    return {
      label: claim.place.quote.replace(/\s+/g, ' ').trim(),
      description: `${claim.document}${line === undefined ? ' (not found in the text)' : `:${line}`}`,
      detail: [claim.claim.tags.join(' · ') || 'no tags', claim.claim.note].filter(Boolean).join(' — '),
      claim,
    };
  });
  void vscode.window.showQuickPick(items, { title: `${claims.length} claim${claims.length === 1 ? '' : 's'} attributed to ${name}`, matchOnDescription: true, matchOnDetail: true }).then((choice) => {
    const uri = choice && workspace.uriOf(choice.claim.document);
    if (uri) void vscode.commands.executeCommand(COMMANDS.revealClaim, uri, choice.claim.claim.id);
  });
  return claims;
}

function organisationAtCursor(entities: DocumentEntities): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const entity = entityAt(entities.get(editor.document), editor.document.offsetAt(editor.selection.active));
  return entity?.kind === 'organisation' ? entity.value.name : undefined;
}
