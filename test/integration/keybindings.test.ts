import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { repoRoot } from '../runner/paths';

interface Keybinding {
  readonly key: string;
  readonly mac?: string;
  readonly win?: string;
  readonly linux?: string;
  readonly command: string;
  readonly when?: string;
}

/**
 * Shortcuts desktops take before VS Code sees them (GNOME, KDE, Windows, macOS): a binding here
 * would never fire for many users, or would do something else entirely.
 */
const desktopShortcuts = [
  'ctrl+alt+t', 'ctrl+alt+l', 'ctrl+alt+d', 'ctrl+alt+delete', 'ctrl+alt+backspace', 'ctrl+alt+tab',
  'ctrl+alt+left', 'ctrl+alt+right', 'ctrl+alt+up', 'ctrl+alt+down',
  'ctrl+shift+alt+left', 'ctrl+shift+alt+right', 'ctrl+shift+alt+up', 'ctrl+shift+alt+down',
  ...Array.from({ length: 12 }, (_, index) => `ctrl+alt+f${index + 1}`),
  ...Array.from({ length: 12 }, (_, index) => `alt+f${index + 1}`),
  'ctrl+f1', 'ctrl+f2', 'ctrl+f3', 'ctrl+f4',
  'alt+tab', 'shift+alt+tab', 'alt+space', 'alt+escape', 'ctrl+escape', 'ctrl+shift+escape', 'print', 'alt+print', 'shift+print',
  'cmd+space', 'cmd+tab', 'cmd+h', 'cmd+m', 'cmd+q', 'ctrl+cmd+q', 'ctrl+cmd+f', 'cmd+shift+3', 'cmd+shift+4', 'cmd+shift+5',
  'ctrl+up', 'ctrl+down',
];

/** The default keybindings file is JSON with whole-line comments. */
function parseDefaultKeybindings(text: string): Keybinding[] {
  const json = text.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n').replace(/,(\s*[\]}])/g, '$1');
  return JSON.parse(json) as Keybinding[];
}

function keyOnThisPlatform(binding: Keybinding): string {
  const specific = process.platform === 'darwin' ? binding.mac : process.platform === 'win32' ? binding.win : binding.linux;
  return (specific ?? binding.key).toLowerCase();
}

describe('keybindings', () => {
  it('shadow none of VS Code\'s default keybindings on this platform, nor a common desktop shortcut', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes: { keybindings: Keybinding[] } };
    const ours = manifest.contributes.keybindings.map(keyOnThisPlatform);
    // VS Code's own list, as the workbench shows it (Preferences: Open Default Keyboard Shortcuts (JSON)).
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    const defaults = parseDefaultKeybindings(document.getText()).filter((binding) => !binding.command.startsWith('policyAnnotator.') && binding.when !== 'false');
    assert.ok(defaults.length > 500, `only ${defaults.length} default keybindings read: is the list complete?`);
    const clashes = ours.flatMap((key) => {
      // A chord's first part may be another chord's prefix (ctrl+k), never a binding of its own.
      const firstPart = key.split(' ')[0];
      const taken = defaults.filter((binding) => binding.key === key || (key.includes(' ') && binding.key === firstPart));
      return [
        ...taken.map((binding) => `${key} is VS Code's ${binding.key} (${binding.command})`),
        ...(desktopShortcuts.includes(key) || desktopShortcuts.includes(firstPart) ? [`${key} is a desktop shortcut`] : []),
      ];
    });
    assert.deepStrictEqual(clashes, []);
  });
});
