import * as assert from 'node:assert/strict';
import { runCheck } from '../../../src/cli/check';
import { runSetupMergeDriver } from '../../../src/cli/setupMergeDriver';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { COMPILED_CLI, SEED_TEXT, seedClaim, seedSidecarText, TempRepo } from '../review/tempRepo';

const SIDECAR = 'docs/report.txt.annotations.yaml';

describe('the merge driver never loses a side (real git merges)', () => {
  const myth = seedClaim('c-myth01', 'has no realistic prospect of success', { tags: ['opinion'] });
  const savings = seedClaim('c-save01', 'The commission found no evidence that these assumptions are true.', { tags: ['finding'] });
  const hokey = seedClaim('c-hoke01', 'planned in a “hokey cokey” fashion', { tags: ['opinion'] });
  const unreadable = {
    broken: 'schema: 1\nclaims: [\n',
    empty: '',
    markers: `<<<<<<< ours\n${seedSidecarText(myth)}=======\n${seedSidecarText(myth, hokey)}>>>>>>> theirs\n`,
    'schema 2': seedSidecarText(myth).replace('schema: 1', 'schema: 2'),
  };
  let repo: TempRepo;

  beforeEach(async () => {
    repo = await TempRepo.create();
    const setup = await repo.run(runSetupMergeDriver, ['--command', COMPILED_CLI]);
    assert.equal(setup.code, 0, setup.stderr);
    repo.write('docs/report.txt', SEED_TEXT);
  });
  afterEach(() => repo.dispose());

  async function history(base: string, theirs: string, ours: string): Promise<{ error: string }> {
    repo.write(SIDECAR, base);
    await repo.commitAll('base');
    await repo.git('checkout', '--quiet', '-b', 'theirs');
    repo.write(SIDECAR, theirs);
    await repo.commitAll('theirs');
    await repo.git('checkout', '--quiet', '-b', 'ours', 'main');
    repo.write(SIDECAR, ours);
    await repo.commitAll('ours');
    try {
      await repo.git('merge', '--no-edit', 'theirs');
      return { error: '' };
    } catch (error) {
      return { error: String(error) };
    }
  }

  for (const role of ['ours', 'theirs', 'base'] as const) {
    for (const [kind, text] of Object.entries(unreadable)) {
      if (role === 'base' && kind === 'empty') continue;
      it(`${kind} ${role}: both sides' text between markers, named by the sidecar's path, and check fails`, async () => {
        const oursText = role === 'ours' ? text : seedSidecarText(myth, savings);
        const theirsText = role === 'theirs' ? text : seedSidecarText(myth, hokey);
        const { error } = await history(role === 'base' ? text : seedSidecarText(myth), theirsText, oursText);
        assert.match(await repo.git('status', '--porcelain'), /^UU docs\/report\.txt\.annotations\.yaml$/m);
        assert.match(error, new RegExp(`policy-annotator merge: ${SIDECAR.replace(/\./g, '\\.')} cannot be merged claim by claim:\\n {2}${SIDECAR.replace(/\./g, '\\.')} \\(${role}\\): `));
        assert.doesNotMatch(error, /\.merge_file_/);
        const merged = repo.read(SIDECAR);
        assert.ok(merged.startsWith('<<<<<<< ours\n') && merged.endsWith('>>>>>>> theirs\n'), merged);
        assert.ok(merged.includes(oursText) && merged.includes(theirsText), 'both sides are kept whole');
        const check = await repo.run(runCheck, []);
        assert.equal(check.code, 1);
        assert.match(check.stdout, /docs\/report\.txt\.annotations\.yaml:1:1: error: unresolved git merge conflict marker/);
      });
    }
  }

  it('an empty base is a sidecar both sides added: their claims are merged', async () => {
    const { error } = await history('', seedSidecarText(hokey), seedSidecarText(myth));
    assert.equal(error, '');
    const parsed = parseSidecar(repo.read(SIDECAR));
    assert.ok(parsed.ok && parsed.sidecar.claims.map((claim) => claim.id).join() === 'c-myth01,c-hoke01');
  });

  it('keeps CRLF line endings, and claims in document order', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const { error } = await history(crlf(seedSidecarText(myth)), crlf(seedSidecarText(myth, hokey)), crlf(seedSidecarText(myth, savings)));
    assert.equal(error, '');
    const merged = repo.read(SIDECAR);
    assert.equal(merged, crlf(seedSidecarText(myth, hokey, savings)));
    assert.doesNotMatch(merged.replace(/\r\n/g, ''), /\n/);
  });

  it('keeps CRLF in the markers when a side cannot be read', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    await history(crlf(seedSidecarText(myth)), crlf(seedSidecarText(myth, hokey)), crlf(unreadable.broken));
    const merged = repo.read(SIDECAR);
    assert.ok(merged.startsWith('<<<<<<< ours\r\n') && merged.includes('\r\n=======\r\n') && merged.endsWith('>>>>>>> theirs\r\n'), JSON.stringify(merged.slice(0, 80)));
  });
});
