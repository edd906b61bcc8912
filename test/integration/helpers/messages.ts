import * as vscode from 'vscode';

/** What the commands told the user, caught on their way to the window. */
export function recordMessages(): { readonly messages: string[]; restore(): void } {
  const messages: string[] = [];
  const window = vscode.window as unknown as Record<string, unknown>;
  const originals = ['showErrorMessage', 'showInformationMessage', 'showWarningMessage'].map((name) => [name, window[name]] as const);
  for (const [name, original] of originals) {
    window[name] = (message: string, ...rest: unknown[]) => {
      messages.push(`${name.replace(/^show|Message$/g, '')}: ${message}`);
      return (original as (...args: unknown[]) => unknown).call(vscode.window, message, ...rest);
    };
  }
  return { messages, restore: () => originals.forEach(([name, original]) => (window[name] = original)) };
}
