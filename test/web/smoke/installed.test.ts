import * as vscode from 'vscode';
import { hostEnv } from '../../runner/browserMochaSuite';
import { checkoutVariable } from '../../runner/hostLogProtocol';
import * as assert from '../assert';
import { exists, policyAnnotator } from '../workspace';

// Runs against the .vsix installed into a fresh extensions folder (npm run test:smoke), before the
// web suites that then prove activation in the worker, highlights and tagging on that copy.
describe('web smoke: the installed package in the web worker', () => {
  it('is the installed copy, holding its browser entry', async () => {
    const extension = policyAnnotator();
    const checkout = hostEnv()[checkoutVariable];
    assert.ok(checkout, `the runner did not pass ${checkoutVariable}`);
    assert.ok(extension.extensionUri.path !== checkout, `the development folder ${checkout} was loaded, not the package`);
    assert.ok(await exists(vscode.Uri.joinPath(extension.extensionUri, '.vsixmanifest')), `${extension.extensionUri.toString()} was not installed from a .vsix`);
    assert.ok(await exists(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'web', 'extension.js')), 'dist/web/extension.js is missing from the package (see .vscodeignore)');
  });
});
