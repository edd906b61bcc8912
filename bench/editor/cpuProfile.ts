import * as fs from 'node:fs';
import * as path from 'node:path';

/** A V8 CPU profile (`.cpuprofile`), as Node's `--cpu-prof`, the inspector and Chromium's DevTools protocol write it. */
export interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

export interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** This extension's bundles and the bench's own code, by their place on disk. */
export const repoRoot = path.resolve(__dirname, '../../..');

/** Our bundles: built in this repository, or installed from the .vsix (minified: top-level functions renamed, methods not). */
export function isOurs(url: string): boolean {
  return url.includes(`${repoRoot}/dist/`) || /\/policy-annotator\.policy-annotator-[^/]+\/dist\//.test(url);
}

function nameOf(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'} (${path.basename(frame.url) || 'native'}:${frame.lineNumber + 1})`;
}

/** Each node's stack, innermost frame first. */
export function stacksOf(profile: CpuProfile): (id: number) => CallFrame[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const stacks = new Map<number, CallFrame[]>();
  return (id) => {
    let stack = stacks.get(id);
    if (!stack) {
      stack = [];
      for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) stack.push(byId.get(at)!.callFrame);
      stacks.set(id, stack);
    }
    return stack;
  };
}

/** Whose code a sample ran: ours (our outermost frame, or the slice a turn of our queue ran, and the innermost), the bench's, another extension's, VS Code's, or the collector. */
export function ownerOf(stack: readonly CallFrame[]): string {
  const [leaf] = stack;
  if (leaf.functionName === '(garbage collector)' || leaf.functionName === '(program)') return leaf.functionName;
  // The outermost frame of ours, the piece of our work that was running; inside a turn of the
  // slice queue (src/editor/util/slices.ts), the slice it ran.
  const frames = stack.filter((frame) => isOurs(frame.url));
  const outermost = frames.at(-1)?.functionName === 'runTurn' ? frames.at(-2) : frames.at(-1);
  const ours = outermost ?? frames.at(-1);
  if (ours) {
    const [inner] = frames;
    return `ours: ${nameOf(ours)}${inner && inner !== ours ? ` … ${nameOf(inner)}` : ''}`;
  }
  if (stack.some((frame) => frame.url.includes(`${repoRoot}/out/`))) return 'the bench itself';
  const extension = stack.map((frame) => /\/extensions\/([^/]+)\//.exec(frame.url)?.[1]).find((name) => name !== undefined);
  if (extension) return `extension ${extension}`;
  const host = stack.find((frame) => frame.url.includes('extensionHostProcess.js'));
  return `VS Code: ${host ? nameOf(host) : nameOf(leaf)}${host && host !== leaf ? ` … ${nameOf(leaf)}` : ''}`;
}

/** The profile files named by `args`: files, or the `.cpuprofile` files of folders. */
export function profileFiles(args: readonly string[]): string[] {
  return args.flatMap((arg) => (fs.statSync(arg).isDirectory() ? fs.readdirSync(arg).filter((name) => name.endsWith('.cpuprofile')).sort().map((name) => path.join(arg, name)) : [arg]));
}
