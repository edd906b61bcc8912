import * as vscode from 'vscode';
import { describeClaimFilter, type ClaimFilter } from '../../core/corpus/claimFilter';
import { CLAIM_GROUPINGS, type ClaimGrouping } from '../../core/corpus/groupClaims';
import { Disposable } from '../util/dispose';

const GROUPING_KEY = 'policyAnnotator.claimsView.grouping';

/**
 * How the Claims view groups and filters claims; the view redraws when it changes.
 * The grouping is remembered per workspace; a filter lasts the session.
 */
export class ClaimsViewState extends Disposable {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  public readonly onDidChange = this.changeEmitter.event;
  private currentGrouping: ClaimGrouping;
  private currentFilter: ClaimFilter | undefined;

  constructor(private readonly memento: vscode.Memento) {
    super();
    const stored = memento.get<string>(GROUPING_KEY);
    this.currentGrouping = CLAIM_GROUPINGS.find((grouping) => grouping === stored) ?? 'document';
  }

  public get grouping(): ClaimGrouping {
    return this.currentGrouping;
  }

  public get filter(): ClaimFilter | undefined {
    return this.currentFilter;
  }

  /** Grouped by document with no filter, the view lists the store's documents as they are, unreadable ones too. */
  public get isDefault(): boolean {
    return this.currentGrouping === 'document' && this.currentFilter === undefined;
  }

  public set(grouping: ClaimGrouping, filter: ClaimFilter | undefined): void {
    this.currentGrouping = grouping;
    this.currentFilter = filter;
    void this.memento.update(GROUPING_KEY, grouping);
    void vscode.commands.executeCommand('setContext', 'policyAnnotator.claimsFiltered', filter !== undefined);
    this.changeEmitter.fire();
  }

  /** "by tag · tag finding": what the view shows, for its description. */
  public describe(): string | undefined {
    if (this.isDefault) return undefined;
    const parts = [`by ${this.currentGrouping}`, ...(this.currentFilter ? [describeClaimFilter(this.currentFilter)] : [])];
    return parts.join(' · ');
  }
}
