import * as assert from 'node:assert';
import { electronRuntime } from '../../runner/electronRuntime';
import { offlineRuntime } from '../../runner/offlineRuntime';
import { selectRuntime, suiteEnv, suiteTimeoutMs } from '../../runner/runtimeSelection';

describe('runner: runtime selection', () => {
  it('runs offline unless told otherwise', () => {
    assert.strictEqual(selectRuntime({}), offlineRuntime);
    assert.strictEqual(selectRuntime({ POLICY_ANNOTATOR_TEST_RUNTIME: 'offline', VSCODE_EXECUTABLE_PATH: '/opt/code' }), offlineRuntime);
  });

  it('uses test-electron when asked, or when a VS Code executable is named', () => {
    assert.strictEqual(selectRuntime({ POLICY_ANNOTATOR_TEST_RUNTIME: 'electron' }), electronRuntime);
    assert.strictEqual(selectRuntime({ VSCODE_EXECUTABLE_PATH: '/opt/code' }), electronRuntime);
  });

  it('rejects an unknown runtime by name', () => {
    assert.throws(() => selectRuntime({ POLICY_ANNOTATOR_TEST_RUNTIME: 'docker' }), /"docker"/);
  });

  it('reads the suite timeout in seconds and refuses nonsense', () => {
    assert.strictEqual(suiteTimeoutMs({ POLICY_ANNOTATOR_TEST_TIMEOUT: '90' }), 90_000);
    assert.strictEqual(suiteTimeoutMs({}), 600_000);
    assert.throws(() => suiteTimeoutMs({ POLICY_ANNOTATOR_TEST_TIMEOUT: 'soon' }), /"soon"/);
  });

  it('passes MOCHA_GREP to the extension host only when set', () => {
    assert.deepStrictEqual(suiteEnv({ MOCHA_GREP: 'activation', HOME: '/root' }), { MOCHA_GREP: 'activation' });
    assert.deepStrictEqual(suiteEnv({ MOCHA_GREP: '' }), {});
  });
});
