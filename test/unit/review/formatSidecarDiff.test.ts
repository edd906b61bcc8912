import * as assert from 'node:assert/strict';
import { diffSidecars } from '../../../src/core/review/diffSidecars';
import { formatSidecarDiffs } from '../../../src/core/review/formatSidecarDiff';
import { claim, sidecar } from './builders';

describe('formatSidecarDiffs', () => {
  it('groups changes by sidecar, one entry per claim with its quote and what changed', () => {
    const fund = claim('c-fund01', 'The fund was\nworth £5.3bn', 100, { tags: ['finding'] });
    const target = claim('c-targ01', 'missed its target', 300, { tags: ['finding', 'supported'], source: 'NAO' });
    const changes = diffSidecars(sidecar(fund, target), sidecar(
      { ...fund, anchor: { ...fund.anchor, start: 120, end: 144 }, note: 'rounded' },
      claim('c-new001', 'a new claim', 400, { tags: ['opinion'] }),
    ));
    const text = formatSidecarDiffs([
      { path: 'reports/a.txt.annotations.yaml', changes },
      { path: 'reports/unchanged.txt.annotations.yaml', changes: [] },
      { path: 'b.txt.annotations.yaml', changes: diffSidecars(sidecar(), sidecar({ ...target, tags: ['disputed'] })) },
    ]);
    assert.equal(text, [
      'reports/a.txt.annotations.yaml: 1 claim added, 1 claim removed, 1 claim changed',
      '  renoted, reanchored c-fund01 "The fund was worth £5.3bn"',
      '      note: (none) → "rounded"',
      '      anchor: at 100–125 → at 120–144',
      '  removed c-targ01 "missed its target"',
      '      tags: finding, supported',
      '      source: "NAO"',
      '  added c-new001 "a new claim"',
      '      tags: opinion',
      '',
      'b.txt.annotations.yaml: 1 claim added',
      '  added c-targ01 "missed its target"',
      '      tags: disputed',
      '      source: "NAO"',
      '',
    ].join('\n'));
  });

  it('cuts long quotes to one short line', () => {
    const long = claim('c-long01', 'word '.repeat(50), 0);
    const [line] = formatSidecarDiffs([{ path: 'x.annotations.yaml', changes: diffSidecars(undefined, sidecar(long)) }]).split('\n').slice(1);
    assert.ok(line.length < 130, line);
    assert.ok(line.endsWith('…"'), line);
  });

  it('shows a source split into source and organisation, which reads alike on one line, as a change', () => {
    const joined = claim('c-sayer1', 'costs will rise', 50, { tags: ['forecast'], source: 'Jane Roe, Nuffield Trust' });
    const changes = diffSidecars(sidecar(joined), sidecar({ ...joined, source: 'Jane Roe', organisation: 'Nuffield Trust' }));
    assert.deepEqual(changes.map((change) => change.kinds), [['resourced']]);
    assert.equal(formatSidecarDiffs([{ path: 'x.annotations.yaml', changes }]).split('\n')[2],
      '      source: source "Jane Roe, Nuffield Trust", no organisation → source "Jane Roe", organisation "Nuffield Trust"');
  });
});
