import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILT_IN_BODIES } from '../../../src/core/entities/bodyList';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { paragraphDetectorFor, paragraphDetectorSteps } from '../../../src/core/entities/paragraphDetector';
import type { NamedBodyEntry } from '../../../src/core/entities/types';
import { countingReads, stepsOf } from '../stepWork';

const seedsFolder = path.resolve(__dirname, '..', '..', '..', '..', 'seeds');
const seedText = fs.readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort().map((name) => fs.readFileSync(path.join(seedsFolder, name), 'utf8')).join('\n\n');

/** A user's list of `count` bodies, read through a proxy that counts the entries read. */
function countedList(count: number): { items: NamedBodyEntry[]; reads: () => number } {
  return countingReads(Array.from({ length: count }, (_, index): NamedBodyEntry => ({ name: `Northshire Widget Board ${index}`, aliases: [`NWB${index}`] })));
}

describe('building the detector for an organisation list in steps', () => {
  it('indexes at most a hundred entries a step, and detects what a detector built at once detects', () => {
    const { items: list, reads } = countedList(2_000);
    const { stops, most } = stepsOf(paragraphDetectorSteps({ extraBodies: list }), reads);
    assert.ok(most <= 100, `${most} entries read in one step`);
    assert.ok(stops >= Math.floor((2_000 + BUILT_IN_BODIES.length) / 100), `${stops} stops`);
    // Another list with the same entries is another detector, built at once.
    const atOnce = countedList(2_000).items;
    const text = `${seedText}\n\nThe Northshire Widget Board 7 (NWB7) met; NWB1999 did not.`;
    const entities = detectEntities(text, { extraBodies: list });
    assert.ok(entities.some((entity) => entity.text === 'Northshire Widget Board 7') && entities.some((entity) => entity.text === 'NWB1999'));
    assert.deepEqual(entities, detectEntities(text, { extraBodies: atOnce }));
  });

  it('is one build per list, shared: a build under way is finished by whoever needs the detector at once', () => {
    const { items: list } = countedList(500);
    const stepped = paragraphDetectorSteps({ extraBodies: list });
    for (let step = 0; step < 3; step++) assert.equal(stepped.next().done, false);
    const now = paragraphDetectorFor({ extraBodies: list });
    // The steps begun before end at their next step, with the same detector; any asked for later at once.
    assert.deepEqual(stepped.next(), { done: true, value: now });
    assert.deepEqual(paragraphDetectorSteps({ extraBodies: list }).next(), { done: true, value: now });
    assert.equal(paragraphDetectorFor(undefined), paragraphDetectorFor({ extraBodies: [] }));
  });
});
