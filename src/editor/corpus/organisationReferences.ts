import * as vscode from 'vscode';
import { isNamed, type Entity, type NamedKind } from '../../core/entities/types';
import { readTextFile } from '../util/textFiles';
import { openDocument } from '../claims/annotationEntry';
import { DocumentEntities } from '../documentEntities';
import { entityAt } from '../../core/entities/entityLookup';
import { SERVED_DOCUMENTS } from '../languages';
import { DOCUMENT_GLOB } from '../../core/scope/documentFiles';
import { Disposable } from '../util/dispose';

interface ScannedText {
  readonly text: string;
  readonly entities: readonly Entity[];
  readonly lineStarts: readonly number[];
}

/**
 * Find All References (Shift+F12) on an organisation or programme: its mentions, by any of its
 * names, in every document of the workspace. Closed documents are read and scanned once per text
 * (cached), open ones through the shared entity cache; the search yields between documents and
 * stops when cancelled.
 */
export class OrganisationReferences extends Disposable implements vscode.ReferenceProvider {
  private readonly scanned = new Map<string, ScannedText>();

  constructor(private readonly entities: DocumentEntities) {
    super();
    this._register(vscode.languages.registerReferenceProvider(SERVED_DOCUMENTS, this));
    // What was found in closed documents depends on the organisation lists.
    this._register(entities.onDidChangeBodies(() => this.scanned.clear()));
  }

  public async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    const entity = entityAt(await this.entities.whenReady(document, token), document.offsetAt(position));
    if (!entity || !isNamed(entity)) return undefined;
    return this.mentionsOf(entity.value.name, entity.kind, token);
  }

  /** Every mention of the body named `name` (its canonical name) in the workspace's documents, in path order. */
  public async mentionsOf(name: string, kind: NamedKind, token?: vscode.CancellationToken): Promise<vscode.Location[]> {
    const uris = (await vscode.workspace.findFiles(DOCUMENT_GLOB, '**/node_modules/**')).sort((a, b) => a.path.localeCompare(b.path));
    const locations: vscode.Location[] = [];
    for (const uri of uris) {
      if (token?.isCancellationRequested) break;
      const open = openDocument(uri);
      const mentions = (entities: readonly Entity[]): Entity[] => entities.filter((each) => isNamed(each) && each.kind === kind && each.value.name === name);
      if (open) {
        locations.push(...mentions(await this.entities.whenReady(open, token)).map((each) => new vscode.Location(uri, new vscode.Range(open.positionAt(each.start), open.positionAt(each.end)))));
      } else {
        const scanned = await this.scan(uri);
        if (scanned) locations.push(...mentions(scanned.entities).map((each) => new vscode.Location(uri, new vscode.Range(positionIn(scanned, each.start), positionIn(scanned, each.end)))));
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return locations;
  }

  private async scan(uri: vscode.Uri): Promise<ScannedText | undefined> {
    const text = await readTextFile(uri);
    if (text === undefined) return undefined;
    const key = uri.toString();
    const cached = this.scanned.get(key);
    if (cached?.text === text) return cached;
    const lineStarts = [0];
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
    const scanned = { text, entities: this.entities.scanText(text, uri), lineStarts };
    this.scanned.set(key, scanned);
    return scanned;
  }
}

function positionIn(scanned: ScannedText, offset: number): vscode.Position {
  let low = 0;
  let high = scanned.lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (scanned.lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return new vscode.Position(low, offset - scanned.lineStarts[low]);
}
