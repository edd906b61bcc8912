import * as assert from 'node:assert';
import { isLocalRequest, workbenchUrl } from '../../runner/workbench';

describe('runner: workbench URL', () => {
  const location = {
    origin: 'http://127.0.0.1:41234',
    authority: '127.0.0.1:41234',
    workspace: '/repo/seeds',
    extensionDevelopmentPath: '/repo',
  };

  it('opens the workspace folder and passes the extension as a remote development path', () => {
    const url = new URL(workbenchUrl({ ...location, extensionTestsPath: '/repo/out/test/integration/index.js' }));
    assert.strictEqual(url.origin, location.origin);
    assert.strictEqual(url.searchParams.get('folder'), '/repo/seeds');
    assert.deepStrictEqual(JSON.parse(url.searchParams.get('payload') ?? ''), [
      ['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:41234/repo'],
      ['extensionTestsPath', 'vscode-remote://127.0.0.1:41234/repo/out/test/integration/index.js'],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ]);
  });

  it('names a file to open, and no tests, when asked to', () => {
    const payload = JSON.parse(new URL(workbenchUrl({ ...location, openFile: '/repo/seeds/a b.txt' })).searchParams.get('payload') ?? '') as [string, string][];
    assert.deepStrictEqual(payload.map(([key]) => key), ['extensionDevelopmentPath', 'openFile', 'skipWelcome', 'skipReleaseNotes']);
    assert.strictEqual(payload[1][1], 'vscode-remote://127.0.0.1:41234/repo/seeds/a b.txt');
  });
});

describe('runner: request filter', () => {
  it('lets loopback, data: and blob: through', () => {
    for (const url of ['http://127.0.0.1:41234/static/x.js', 'ws://localhost:1/', 'http://[::1]:80/', 'data:image/png;base64,AA', 'blob:http://127.0.0.1:1/abc']) {
      assert.strictEqual(isLocalRequest(url), true, url);
    }
  });

  it('stops everything else', () => {
    for (const url of ['https://open-vsx.org/vscode/gallery', 'https://127.0.0.1.example.com/', 'http://10.0.0.1/', 'not a url']) {
      assert.strictEqual(isLocalRequest(url), false, url);
    }
  });
});
