// The POSIX build: paths here always use forward slashes (uri paths), on Windows too.
import picomatch from 'picomatch/posix';

/** `policyAnnotator.include` / `.exclude`: glob patterns over paths relative to the workspace folder (absolute outside one). */
export interface ScopeSettings {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

export const POLICY_LANGUAGE = 'policy-document';
/** Served only where a workspace opted in, or where a pattern in `include` names them. */
export const OPT_IN_LANGUAGES: readonly string[] = ['plaintext', 'markdown'];

export interface ScopeQuery {
  readonly languageId: string;
  /** Forward slashes; relative to the workspace folder holding the document, or absolute outside one. */
  readonly path: string;
  /** The workspace folder holds annotation sidecars or a `.policy-annotator/` folder, or the document has a sidecar. */
  readonly optedIn: boolean;
}

export type ScopeDecision =
  | { readonly inScope: boolean; readonly reason: 'include' | 'exclude'; readonly pattern: string }
  | { readonly inScope: true; readonly reason: 'policyLanguage' | 'optedIn' }
  | { readonly inScope: false; readonly reason: 'notOptedIn' | 'otherLanguage' };

/**
 * Whether Policy Annotator serves a document. The most specific matching pattern of `include`
 * and `exclude` decides (a pattern naming the file itself beats any glob; otherwise the one with
 * more fixed folders before its first wildcard; on a tie `exclude`); with no pattern matching,
 * the policy-document language is served, and text and Markdown only where the workspace opted in.
 * Patterns apply to the served languages only.
 */
export function decideScope(query: ScopeQuery, settings: ScopeSettings): ScopeDecision {
  const served = query.languageId === POLICY_LANGUAGE || OPT_IN_LANGUAGES.includes(query.languageId);
  if (!served) return { inScope: false, reason: 'otherLanguage' };
  const include = mostSpecificMatch(settings.include, query.path);
  const exclude = mostSpecificMatch(settings.exclude, query.path);
  if (exclude && (!include || exclude.specificity >= include.specificity)) return { inScope: false, reason: 'exclude', pattern: exclude.pattern };
  if (include) return { inScope: true, reason: 'include', pattern: include.pattern };
  if (query.languageId === POLICY_LANGUAGE) return { inScope: true, reason: 'policyLanguage' };
  return query.optedIn ? { inScope: true, reason: 'optedIn' } : { inScope: false, reason: 'notOptedIn' };
}

/**
 * The settings after turning a file or folder on or off: its own entry goes into the list that
 * gives the wanted state (and out of the other), so it outranks the globs above it.
 */
export function toggledScope(settings: ScopeSettings, target: { readonly path: string; readonly isFolder: boolean }, on: boolean): ScopeSettings {
  const entry = target.isFolder ? `${target.path.replace(/\/+$/, '')}/**` : target.path;
  const without = (patterns: readonly string[]): string[] => patterns.filter((pattern) => pattern !== entry);
  return {
    include: on ? [...without(settings.include), entry] : without(settings.include),
    exclude: on ? without(settings.exclude) : [...without(settings.exclude), entry],
  };
}

interface PatternMatch {
  readonly pattern: string;
  readonly specificity: number;
}

const matchers = new Map<string, (path: string) => boolean>();

function mostSpecificMatch(patterns: readonly string[], path: string): PatternMatch | undefined {
  let best: PatternMatch | undefined;
  for (const pattern of patterns) {
    if (pattern.trim() === '' || !matcherFor(pattern)(path)) continue;
    const specificity = specificityOf(pattern);
    if (!best || specificity > best.specificity) best = { pattern, specificity };
  }
  return best;
}

function matcherFor(pattern: string): (path: string) => boolean {
  let matcher = matchers.get(pattern);
  if (!matcher) {
    matcher = picomatch(pattern.trim(), { dot: true });
    matchers.set(pattern, matcher);
  }
  return matcher;
}

/** A literal path outranks every glob; a glob ranks by its fixed folders before the first wildcard. */
function specificityOf(pattern: string): number {
  const scanned = picomatch.scan(pattern.trim());
  const fixedFolders = scanned.base.split('/').filter((part) => part !== '').length;
  return scanned.isGlob ? fixedFolders : Number.MAX_SAFE_INTEGER;
}
