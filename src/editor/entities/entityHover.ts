import * as vscode from 'vscode';
import { describeEntityValue, describeOrigin, distinctAliases } from '../../core/entities/describeEntity';
import { findMentionsOf } from '../../core/entities/mentions';
import type { Entity, EntityKind } from '../../core/entities/types';
import { isFigure } from '../../core/entities/types';
import type { DocumentEntities } from '../documentEntities';
import type { DocumentScope } from '../scope/documentScope';
import { entityAt } from '../../core/entities/entityLookup';

const KIND_LABELS: Record<EntityKind, string> = {
  money: 'Money',
  percent: 'Percentage',
  proportion: 'Proportion',
  date: 'Date',
  quantity: 'Quantity',
  organisation: 'Organisation',
  programme: 'Programme',
  legislation: 'Legislation',
};

/** On a figure: what it is and its normalised value; on an organisation or programme: its names and how often it is mentioned. */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly entities: DocumentEntities, private readonly scope: DocumentScope) {}

  public async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.scope.includes(document)) {
      return undefined;
    }
    const entities = await this.entities.whenReady(document, token);
    const entity = entityAt(entities, document.offsetAt(position));
    if (!entity) {
      return undefined;
    }
    const range = new vscode.Range(document.positionAt(entity.start), document.positionAt(entity.end));
    return new vscode.Hover(hoverText(entity, entities), range);
  }
}

function hoverText(entity: Entity, entities: readonly Entity[]): vscode.MarkdownString {
  const label = `**${KIND_LABELS[entity.kind]}**`;
  if (isFigure(entity)) {
    return new vscode.MarkdownString(`${label} ${escapeMarkdown(entity.text)}\n\n${escapeMarkdown(hedge(entity) + describeEntityValue(entity))}`);
  }
  const named = entity.value;
  const aliases = distinctAliases(named);
  const mentions = findMentionsOf(entities, entity).length;
  const lines = [
    `${label} ${escapeMarkdown(named.name)}`,
    ...(aliases.length > 0 ? [`Also: ${aliases.map(escapeMarkdown).join(', ')}`] : []),
    `${mentions} ${mentions === 1 ? 'mention' : 'mentions'} in this document`,
    `_Found by ${escapeMarkdown(describeOrigin(entity))}_`,
  ];
  return new vscode.MarkdownString(lines.join('\n\n'));
}

function hedge(entity: Entity): string {
  const bound = entity.bound === 'lower' ? 'at least ' : entity.bound === 'upper' ? 'at most ' : '';
  return `${entity.approx ? 'about ' : ''}${bound}`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
