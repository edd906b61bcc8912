import * as vscode from 'vscode';
import { eventually } from './waitFor';

/** One thing that passed between the editor and the claim lens provider, in the order it happened. */
export type LensTraffic =
  | { readonly kind: 'changed' }
  | { readonly kind: 'asked'; readonly uri: string }
  | { readonly kind: 'answered'; readonly uri: string; readonly lenses: readonly vscode.CodeLens[]; readonly cancelled: boolean };

/**
 * The claim lens provider as the editor sees it: every `onDidChangeCodeLenses` it fires and every
 * `provideCodeLenses` the editor makes of it, with the answer. `vscode.executeCodeLensProvider`
 * asks the provider directly, so it tells nothing about what the editor holds: a suite using this
 * never calls it, and the editor asks only for the documents it shows, when it chooses to.
 */
export class LensProviderSpy {
  public readonly traffic: LensTraffic[] = [];

  private constructor(public readonly provider: vscode.CodeLensProvider) {}

  /**
   * Has the extension register its lens provider anew (turning `policyAnnotator.codeLens.enabled`
   * off and on) through a stand-in that records the traffic. The extension gets the same `vscode`
   * namespace objects as its tests, as the compare suites' message recorder relies on too.
   */
  public static async start(): Promise<{ spy: LensProviderSpy; registration: vscode.Disposable }> {
    const languages = vscode.languages as unknown as Record<string, unknown>;
    const register = vscode.languages.registerCodeLensProvider;
    let started: { spy: LensProviderSpy; registration: vscode.Disposable } | undefined;
    languages.registerCodeLensProvider = (selector: vscode.DocumentSelector, provider: vscode.CodeLensProvider) => {
      const spy = new LensProviderSpy(provider);
      const listening = provider.onDidChangeCodeLenses!(() => spy.traffic.push({ kind: 'changed' }));
      const registered = register.call(vscode.languages, selector, spy.standIn());
      started = { spy, registration: vscode.Disposable.from(listening, registered) };
      return started.registration;
    };
    try {
      await restartLensProvider();
      return await eventually(() => started, 'the lens provider to be registered again');
    } finally {
      languages.registerCodeLensProvider = register;
    }
  }

  /** The answers the editor was given for `uri` that it asked for after `since` (an index into traffic), not cancelled. */
  public answers(uri: vscode.Uri, since = 0): (LensTraffic & { kind: 'answered' })[] {
    const key = uri.toString();
    return this.traffic.slice(since).filter((entry): entry is LensTraffic & { kind: 'answered' } => entry.kind === 'answered' && entry.uri === key && !entry.cancelled);
  }

  /** The lenses the editor holds for `uri`: its last answer given after `since`, resolved as the editor resolves them. */
  public async held(uri: vscode.Uri, since = 0): Promise<vscode.CodeLens[] | undefined> {
    const last = this.answers(uri, since).at(-1);
    if (!last) return undefined;
    const token = new vscode.CancellationTokenSource().token;
    return Promise.all(last.lenses.map(async (lens) => (await this.provider.resolveCodeLens?.(lens, token)) ?? lens));
  }

  /** How many times onDidChangeCodeLenses fired after `since`, up to `until`. */
  public changes(since = 0, until = this.traffic.length): number {
    return this.traffic.slice(since, until).filter((entry) => entry.kind === 'changed').length;
  }

  private standIn(): vscode.CodeLensProvider {
    const { provider, traffic } = this;
    return {
      onDidChangeCodeLenses: provider.onDidChangeCodeLenses,
      provideCodeLenses: async (document, token) => {
        const uri = document.uri.toString();
        traffic.push({ kind: 'asked', uri });
        const lenses = (await provider.provideCodeLenses(document, token)) ?? [];
        traffic.push({ kind: 'answered', uri, lenses, cancelled: token.isCancellationRequested });
        return lenses;
      },
      // The claim lenses come with their commands, so the editor has nothing to resolve.
      ...(provider.resolveCodeLens && { resolveCodeLens: provider.resolveCodeLens.bind(provider) }),
    };
  }
}

/** Turns the claim lenses off and on again in the run's own user settings: the extension registers a new provider. */
export async function restartLensProvider(): Promise<void> {
  const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('policyAnnotator');
  await settings().update('codeLens.enabled', false, vscode.ConfigurationTarget.Global);
  await eventually(() => (settings().get<boolean>('codeLens.enabled') === false ? true : undefined), 'the lenses to be turned off');
  await settings().update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Global);
  await eventually(() => (settings().get<boolean>('codeLens.enabled') === true ? true : undefined), 'the lenses to be turned on again');
}
