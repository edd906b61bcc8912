import * as vscode from 'vscode';
import { parseClaimFilter } from '../../core/corpus/claimFilter';
import { CLAIM_GROUPINGS, type ClaimGrouping } from '../../core/corpus/groupClaims';
import type { ReportGrouping } from '../../core/corpus/evidenceReport';
import type { ExportFormat } from '../../core/export/renderExport';
import { ClaimsViewState } from '../claims/claimsViewState';
import { DocumentEntities } from '../documentEntities';
import { Disposable } from '../util/dispose';
import { registerCommand } from '../util/registerCommand';
import { listClaimsByOrganisation } from './claimsByOrganisation';
import { CORPUS_COMMANDS } from './commandIds';
import { writeEvidenceReport } from './evidenceReportCommand';
import { exportClaims } from './exportClaims';
import { OrganisationReferences } from './organisationReferences';
import { WorkspaceCorpus } from './workspaceCorpus';

/**
 * Working across the workspace's documents: export, evidence report, claims by organisation,
 * Find All References on organisations, and grouping and filtering the
 * Claims view (agreement with a branch needs git: the review features register it). Commands take their answers as arguments too, so tests skip the dialogs.
 */
export class CorpusFeatures extends Disposable {
  constructor(corpus: WorkspaceCorpus, entities: DocumentEntities, viewState: ClaimsViewState) {
    super();
    this._register(new OrganisationReferences(entities));
    const command = (id: string, run: (...args: never[]) => unknown): void => {
      this._register(registerCommand(id, run));
    };
    command(CORPUS_COMMANDS.exportClaims, (format?: ExportFormat, target?: vscode.Uri) => exportClaims(corpus, format, target));
    command(CORPUS_COMMANDS.evidenceReport, (by?: ReportGrouping, target?: vscode.Uri) => writeEvidenceReport(corpus, by, target));
    command(CORPUS_COMMANDS.claimsByOrganisation, (name?: string) => listClaimsByOrganisation(corpus, entities, name));
    command(CORPUS_COMMANDS.groupClaimsBy, async (given?: ClaimGrouping) => {
      const grouping = given ?? (await vscode.window.showQuickPick(
        CLAIM_GROUPINGS.map((id) => ({ label: `By ${id}`, picked: id === viewState.grouping, id })),
        { title: 'Group the Claims view' },
      ))?.id;
      if (grouping) viewState.set(grouping, viewState.filter);
    });
    command(CORPUS_COMMANDS.filterClaims, async (given?: string) => {
      const input = given ?? await vscode.window.showInputBox({
        title: 'Filter the Claims view',
        prompt: 'Words in a claim, its note, source or document; or tag:NAME (or #NAME) for a tag. Empty shows all.',
        value: viewState.filter ? (viewState.filter.kind === 'tag' ? `tag:${viewState.filter.tag}` : viewState.filter.text) : '',
      });
      if (input !== undefined) viewState.set(viewState.grouping, parseClaimFilter(input));
    });
    command(CORPUS_COMMANDS.clearClaimsFilter, () => viewState.set(viewState.grouping, undefined));
  }
}
