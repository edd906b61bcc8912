import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runSetupMergeDriver } from '../../../src/cli/setupMergeDriver';
import { TempRepo } from '../review/tempRepo';

describe('policy-annotator setup-merge-driver', () => {
  let repo: TempRepo;
  beforeEach(async () => {
    repo = await TempRepo.create();
  });
  afterEach(() => repo.dispose());

  it('sets the driver in the repository config and routes sidecars to it in .gitattributes', async () => {
    const result = await repo.run(runSetupMergeDriver, ['--command', 'node /opt/pa/cli.js']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal((await repo.git('config', '--local', 'merge.policy-annotations.driver')).trim(), 'node /opt/pa/cli.js merge %O %A %B %P');
    assert.match(await repo.git('config', '--local', 'merge.policy-annotations.name'), /Policy Annotator/);
    assert.equal(repo.read('.gitattributes'), '*.annotations.yaml merge=policy-annotations\n');
    assert.equal((await repo.git('check-attr', 'merge', '--', 'docs/a.txt.annotations.yaml')).trim(), 'docs/a.txt.annotations.yaml: merge: policy-annotations');
  });

  it('defaults the command to policy-annotator and works from a subfolder given as the repo', async () => {
    repo.write('docs/readme.txt', 'x');
    const result = await repo.run(runSetupMergeDriver, ['docs']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal((await repo.git('config', '--local', 'merge.policy-annotations.driver')).trim(), 'policy-annotator merge %O %A %B %P');
    assert.ok(fs.existsSync(path.join(repo.root, '.gitattributes')));
    assert.ok(!fs.existsSync(path.join(repo.root, 'docs', '.gitattributes')));
  });

  it('keeps what .gitattributes held and changes nothing when run again', async () => {
    repo.write('.gitattributes', '*.txt text eol=lf');
    await repo.run(runSetupMergeDriver, []);
    const once = repo.read('.gitattributes');
    const again = await repo.run(runSetupMergeDriver, []);
    assert.equal(again.code, 0);
    assert.equal(once, '*.txt text eol=lf\n*.annotations.yaml merge=policy-annotations\n');
    assert.equal(repo.read('.gitattributes'), once);
    assert.match(again.stdout, /already routes sidecars/);
  });

  it('says so clearly outside a git repository', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-no-repo-'));
    try {
      const result = await repo.run(runSetupMergeDriver, [], folder);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /is not inside a git repository/);
      assert.ok(!fs.existsSync(path.join(folder, '.gitattributes')));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
