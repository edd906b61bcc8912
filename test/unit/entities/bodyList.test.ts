import * as assert from 'node:assert/strict';
import { BUILT_IN_BODIES, parseBodyList } from '../../../src/core/entities/bodyList';
import { describeEntityValue } from '../../../src/core/entities/describeEntity';
import { findMentionsOf } from '../../../src/core/entities/mentions';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import type { Entity } from '../../../src/core/entities/types';

describe('body list', () => {
  it('ships hundreds of bodies', () => assert.ok(BUILT_IN_BODIES.length > 400));

  it('gives each spelling to one body only', () => {
    const owners = new Map<string, string>();
    for (const entry of BUILT_IN_BODIES) {
      for (const spelling of new Set([entry.name, ...(entry.aliases ?? [])].map((name) => name.toLowerCase()))) {
        assert.equal(owners.get(spelling), undefined, `"${spelling}" names both ${owners.get(spelling)} and ${entry.name}`);
        owners.set(spelling, entry.name);
      }
    }
  });

  it('reads a workspace list', () => {
    const { entries, problems } = parseBodyList('[{"name": "Widget Works", "aliases": ["WW"]}, {"name": "Grow Fund", "kind": "programme"}]', 'orgs.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(entries, [{ name: 'Widget Works', aliases: ['WW'] }, { name: 'Grow Fund', kind: 'programme' }]);
  });

  it('reads the words before which a name is a common noun, and uses them', () => {
    const { entries, problems } = parseBodyList('[{"name": "Widget Party", "aliases": ["Widget"], "notBefore": ["makers"]}, {"name": "X", "notBefore": "y"}]', 'orgs.json');
    assert.deepEqual(entries, [{ name: 'Widget Party', aliases: ['Widget'], notBefore: ['makers'] }]);
    assert.match(problems[0].message, /^orgs\.json:1:\d+: entry 2 \("X"\): "notBefore" should be an array of strings/);
    const names = (text: string) => detectEntities(text, { extraBodies: entries }).map((entity) => entity.text);
    assert.deepEqual(names('Widget makers and Widget voters'), ['Widget']);
    assert.deepEqual(detectEntities('the Labour market and the Labour Force Survey, said Labour').map((entity) => entity.text), ['Labour']);
  });

  it('reads the words after which a name is a common noun, and uses them', () => {
    const { entries, problems } = parseBodyList('[{"name": "Widget Assembly", "aliases": ["Assembly"], "notAfter": ["this"]}, {"name": "X", "notAfter": [1]}]', 'orgs.json');
    assert.deepEqual(entries, [{ name: 'Widget Assembly', aliases: ['Assembly'], notAfter: ['this'] }]);
    assert.match(problems[0].message, /^orgs\.json:1:\d+: entry 2 \("X"\): "notAfter" should be an array of strings/);
    const names = (text: string) => detectEntities(text, { extraBodies: entries }).map((entity) => entity.text);
    assert.deepEqual(names('in this Assembly, the Assembly voted'), ['Assembly']);
    assert.deepEqual(detectEntities('Presented to Parliament, for the rest of this Parliament').map((entity) => entity.text), ['Parliament']);
  });

  it('names the file, line and column of a bad entry and keeps the good ones', () => {
    const { entries, problems } = parseBodyList('[\n  {"name": "Good"},\n  {"aliases": ["X"]},\n  {"name": "Bad", "kind": "club"}\n]', 'orgs.json');
    assert.deepEqual(entries, [{ name: 'Good' }]);
    assert.deepEqual(problems.map(({ line, column }) => [line, column]), [[3, 3], [4, 27]]);
    assert.match(problems[0].message, /^orgs\.json:3:3: entry 2 needs a "name"/);
  });

  it('reports broken JSON', () => {
    const { entries, problems } = parseBodyList('[{"name": "A"', 'orgs.json');
    assert.deepEqual(entries, []);
    assert.equal(problems.length > 0, true);
    assert.match(problems[0].message, /^orgs\.json:\d+:\d+: not valid JSON/);
  });
});

describe('describeEntityValue', () => {
  const describe1 = (text: string): string => describeEntityValue(detectEntities(text)[0]);
  it('money', () => assert.equal(describe1('£5.3bn'), '£5,300,000,000 (GBP)'));
  it('money below zero', () => assert.equal(describe1('fell -£2.1bn'), '−£2,100,000,000 (GBP)'));
  it('a name with its aliases, each spelling once', () => {
    assert.equal(describeEntityValue(detectEntities('NHS sustainability and transformation plans')[1]),
      'Sustainability and Transformation Plans (also STPs, STP, Sustainability and Transformation Partnerships)');
  });
  it('fiscal year', () => assert.equal(describe1('2015-16'), 'UK fiscal year 1 April 2015 – 31 March 2016'));
  it('percent', () => assert.equal(describe1('90%'), '90%'));
  it('proportion', () => assert.equal(describe1('8 out of 10'), 'ratio 0.8'));
  it('quantity', () => assert.equal(describe1('106,000 staff'), '106,000'));
});

describe('findMentionsOf', () => {
  it('finds the same body by full name and acronym', () => {
    const entities = detectEntities('The National Audit Office (NAO) found. The NAO said. Ofsted too.');
    const mentions = findMentionsOf(entities, entities[0]).map((entity: Entity) => entity.text);
    assert.deepEqual(mentions, ['National Audit Office', 'NAO', 'NAO']);
  });
});
