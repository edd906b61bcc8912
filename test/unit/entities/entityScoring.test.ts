import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { EntityKind } from '../../../src/core/entities/types';
import {
  compareEntities, describeDisagreements, describeSpan, formatScoreTable, loadGoldDocuments, scoreComparisons,
  type GoldDocument, type LabelledSpan,
} from '../../support/entityScoring';

const TEXT = 'The NAO said the £5.3bn fund\nmissed 90% of 12 targets in 2015-16.';

function span(kind: EntityKind, text: string, from = 0): LabelledSpan {
  const start = TEXT.indexOf(text, from);
  assert.ok(start >= 0, `"${text}" is in the test text`);
  return { kind, start, end: start + text.length, text };
}

function documentWith(...entities: LabelledSpan[]): GoldDocument {
  return { name: 'doc.txt', text: TEXT, entities };
}

describe('entityScoring', () => {
  const gold = documentWith(span('organisation', 'NAO'), span('money', '£5.3bn'), span('percent', '90%'), span('quantity', '12'), span('date', '2015-16'));

  it('matches only the same start, end and kind', () => {
    const shifted = { ...span('money', '£5.3bn'), start: span('money', '£5.3bn').start + 1, text: '5.3bn' };
    const wrongKind = span('percent', '12');
    const comparison = compareEntities(gold, [span('organisation', 'NAO'), shifted, wrongKind, span('date', '2015-16')]);
    assert.deepEqual(comparison.matched.map((s) => s.text), ['NAO', '2015-16']);
    assert.deepEqual(comparison.misses.map((s) => s.text), ['£5.3bn', '90%', '12']);
    assert.deepEqual(comparison.falsePositives.map((s) => `${s.kind} ${s.text}`), ['money 5.3bn', 'percent 12']);
  });

  it('counts a span found twice as one match and one false positive', () => {
    const comparison = compareEntities(gold, [span('organisation', 'NAO'), span('organisation', 'NAO')]);
    assert.equal(comparison.matched.length, 1);
    assert.equal(comparison.falsePositives.length, 1);
  });

  it('gives no credit in the figures group for a figure of the wrong kind', () => {
    const scores = scoreComparisons([compareEntities(gold, [span('proportion', '90%')])]);
    assert.deepEqual(scores.get('figures'), { gold: 4, found: 1, matched: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('micro-averages over documents, per kind and per group', () => {
    const first = compareEntities(gold, [span('organisation', 'NAO'), span('money', '£5.3bn'), span('percent', '90%'), span('quantity', 'fund')]);
    const second = compareEntities(documentWith(span('money', '£5.3bn')), [span('money', '£5.3bn'), span('organisation', 'fund')]);
    const scores = scoreComparisons([first, second]);
    assert.deepEqual(scores.get('money'), { gold: 2, found: 2, matched: 2, precision: 1, recall: 1, f1: 1 });
    const figures = scores.get('figures');
    assert.deepEqual([figures?.gold, figures?.found, figures?.matched], [5, 4, 3]);
    assert.equal(figures?.precision, 0.75);
    assert.equal(figures?.recall, 0.6);
    assert.ok(Math.abs((figures?.f1 ?? 0) - 2 / 3) < 1e-12);
    assert.deepEqual(scores.get('organisations'), { gold: 1, found: 2, matched: 1, precision: 0.5, recall: 1, f1: 2 / 3 });
  });

  it('scores a kind with nothing expected and nothing found as perfect, and a kind found only wrongly as zero', () => {
    const scores = scoreComparisons([compareEntities(gold, [...gold.entities, span('programme', 'fund')])]);
    assert.equal(scores.get('proportion')?.f1, 1);
    assert.deepEqual(scores.get('programme'), { gold: 0, found: 1, matched: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('prints one table row per kind and group', () => {
    const table = formatScoreTable(scoreComparisons([compareEntities(gold, gold.entities)]));
    const rows = table.split('\n');
    assert.equal(rows.length, 1 + 8 + 2);
    assert.match(rows.find((row) => row.startsWith('figures')) ?? '', /^figures\s+4\s+4\s+4\s+1\.000\s+1\.000\s+1\.000$/);
  });

  it('describes a disagreement with its file, line and context', () => {
    assert.equal(describeSpan(gold, span('percent', '90%'), 7), 'doc.txt:2  percent "90%"  …missed [90%] of 12 …');
    const report = describeDisagreements([compareEntities(gold, [span('quantity', 'fund')])], ['quantity']);
    assert.deepEqual(report.split('\n').map((line) => line.split('  ').slice(0, 3).join('|')), [
      'misses (1):', '|doc.txt:2|quantity "12"', 'false positives (1):', '|doc.txt:1|quantity "fund"',
    ]);
  });

  it('refuses a gold label whose text is not what its offsets cover', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gold-'));
    try {
      fs.writeFileSync(path.join(dir, 'doc.txt'), TEXT);
      fs.writeFileSync(path.join(dir, 'doc.json'), JSON.stringify({ document: 'doc.txt', entities: [{ ...span('organisation', 'NAO'), text: 'NHS' }] }));
      assert.throws(() => loadGoldDocuments(dir, dir), /doc\.json: label "NHS" at 4-7 covers "NAO"/);
      fs.writeFileSync(path.join(dir, 'doc.json'), JSON.stringify({ document: 'doc.txt', entities: [span('organisation', 'NAO')] }));
      assert.deepEqual(loadGoldDocuments(dir, dir), [{ name: 'doc.txt', text: TEXT, entities: [span('organisation', 'NAO')] }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the five hand-labelled seeds', () => {
    const documents = loadGoldDocuments();
    assert.equal(documents.length, 5);
    for (const document of documents) {
      assert.ok(document.entities.length > 0, `${document.name} has labels`);
      const starts = document.entities.map((entity) => entity.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b), `${document.name} labels are sorted`);
    }
  });
});
