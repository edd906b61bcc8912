import * as vscode from 'vscode';
import { isBodyEntry } from '../core/entities/bodyListSchema';
import { ENTITY_KINDS, EntityKind, NamedBodyEntry } from '../core/entities/types';
import type { ScopeSettings } from '../core/scope/documentScope';

export const CONFIG_SECTION = 'policyAnnotator';

export interface TagDefinition {
  readonly id: string;
  readonly description?: string;
}

/** Every `policyAnnotator.*` setting, typed and with bad values replaced by the defaults. */
export interface PolicyAnnotatorConfig {
  readonly highlight: {
    readonly enabled: boolean;
    /** Per kind; a kind is drawn only when `enabled` is on as well. */
    readonly kinds: Readonly<Record<EntityKind, boolean>>;
  };
  readonly organisations: {
    /** From `policyAnnotator.organisations.extra`; entries without a name are left out. */
    readonly extra: readonly NamedBodyEntry[];
    /** Workspace-relative path of the organisation list file; empty for none. */
    readonly file: string;
  };
  readonly codeLens: { readonly enabled: boolean };
  /** The lowest score of a claim candidate the lenses and *Tag claim* offer. */
  readonly claims: { readonly minScore: number };
  readonly tags: { readonly vocabulary: readonly TagDefinition[] };
  /** Glob patterns over workspace-relative paths: which documents are served (see core/scope). */
  readonly scope: ScopeSettings;
}

export function readConfig(scope?: vscode.ConfigurationScope): PolicyAnnotatorConfig {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const kinds = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, config.get<unknown>(`highlight.${kind}`) !== false]),
  ) as Record<EntityKind, boolean>;
  return {
    highlight: { enabled: config.get<unknown>('highlight.enabled') !== false, kinds },
    organisations: {
      extra: namedBodies(config.get<unknown>('organisations.extra')),
      file: stringOr(config.get<unknown>('organisations.file'), ''),
    },
    codeLens: { enabled: config.get<unknown>('codeLens.enabled') !== false },
    claims: { minScore: numberOr(config.get<unknown>('claims.minScore'), DEFAULT_MIN_CLAIM_SCORE) },
    tags: { vocabulary: tagDefinitions(config.get<unknown>('tags.vocabulary')) },
    scope: { include: strings(config.get<unknown>('include')), exclude: strings(config.get<unknown>('exclude')) },
  };
}

/** Fires `listener` only when a `policyAnnotator` setting (or one under `section` of it) changes. */
export function onDidChangeConfig(
  listener: (event: vscode.ConfigurationChangeEvent) => unknown,
  section?: string,
): vscode.Disposable {
  const key = section ? `${CONFIG_SECTION}.${section}` : CONFIG_SECTION;
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(key)) {
      listener(event);
    }
  });
}

/** Every statement scores at least 1, so by default every candidate is offered. */
const DEFAULT_MIN_CLAIM_SCORE = 1;

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function namedBodies(value: unknown): NamedBodyEntry[] {
  if (!Array.isArray(value)) {
    return [];
  }
  // The setting's items have the shape of the organisation list's entries (one JSON Schema for both).
  return value.filter(isBodyEntry).map((item) => ({ ...item, name: item.name.trim(), kind: item.kind ?? 'organisation' }));
}

function tagDefinitions(value: unknown): TagDefinition[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.flatMap((item): TagDefinition[] => {
    if (!isRecord(item) || typeof item.id !== 'string' || item.id.trim() === '') {
      return [];
    }
    return [typeof item.description === 'string' ? { id: item.id.trim(), description: item.description } : { id: item.id.trim() }];
  });
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.trim() : fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
