import * as assert from 'node:assert/strict';
import { ClaimCandidateFinder, findClaimCandidates, type ClaimCandidate } from '../../../src/core/claims/claimCandidates';
import { sourceName } from '../../../src/core/claims/claimSource';
import { entitiesIn, fiscalYear, money, organisation, percent, quantity, year, type EntitySpec } from './entityBuilder';
import { readSeed } from './seeds';

const NAO = 'National Audit Office';
const seedEntities: EntitySpec[] = [
  organisation(NAO), organisation('NAO', NAO), organisation('Nuffield Trust'), organisation('NHS England'), organisation('NHS'),
  organisation('Royal College of Physicians'), organisation('RCP', 'Royal College of Physicians'), organisation('Department of Health'),
  organisation('CQC', 'Care Quality Commission'), organisation('HSJ/Serco Commission on Hospital Care for Frail Older People'),
  money('£5.3bn', 5.3e9), money('£457m', 457e6), money('£900m', 900e6), money('£5.3 billion', 5.3e9), money('£511 million', 511e6),
  money('£261 million', 261e6), money('£457 million', 457e6), percent('90%', 90), percent('95%', 95), percent('90 per cent', 90),
  fiscalYear('2015-16', '2015-04-01', '2016-03-31'), year('2020'), year('2014'), quantity('seven', 7), quantity('three', 3),
];

/** The name a candidate's source goes by, or undefined where the author speaks. */
function sourceOf(candidate: ClaimCandidate): string | undefined {
  return candidate.source && sourceName(candidate.source);
}

function candidatesOf(text: string): ClaimCandidate[] {
  return findClaimCandidates(text, entitiesIn(text, seedEntities));
}

function candidateStarting(candidates: readonly ClaimCandidate[], opening: string): ClaimCandidate {
  const found = candidates.find((candidate) => candidate.text.startsWith(opening));
  assert.ok(found, `no candidate starts with ${JSON.stringify(opening)}`);
  return found;
}

function assertNotCandidate(candidates: readonly ClaimCandidate[], opening: string): void {
  assert.equal(candidates.find((candidate) => candidate.text.startsWith(opening)), undefined, `${JSON.stringify(opening)} should not be a candidate`);
}

describe('findClaimCandidates on a news report (seed 002)', () => {
  const text = readSeed('002');
  const candidates = candidatesOf(text);

  it('takes attributed findings, naming the organisation', () => {
    const warned = candidateStarting(candidates, 'The government’s plan to integrate');
    assert.ok(warned.reasons.includes('attribution'));
    assert.equal(sourceOf(warned), NAO);
    assert.equal(sourceOf(candidateStarting(candidates, 'The NAO found that')), NAO);
    assert.equal(sourceOf(candidateStarting(candidates, 'The Royal College of Physicians said')), 'Royal College of Physicians');
  });

  it('resolves back references to the organisation named before', () => {
    const argued = candidateStarting(candidates, 'The watchdog thus argued');
    assert.deepEqual([...argued.reasons], ['figure', 'attribution', 'forecast']);
    assert.equal(sourceOf(argued), NAO);
    assert.deepEqual(argued.figures.map((figure) => figure.text), ['£900m', 'seven']);
    assert.equal(sourceOf(candidateStarting(candidates, 'Most damningly, the report found')), NAO);
    assert.equal(sourceOf(candidateStarting(candidates, '“While there are some good examples')), NAO);
    assert.equal(sourceOf(candidateStarting(candidates, 'Despite this, the auditor acknowledged')), NAO);
    assert.equal(sourceOf(candidateStarting(candidates, 'It stressed that')), 'Nuffield Trust');
    assert.equal(sourceOf(candidateStarting(candidates, '“We will build on this')), 'Department of Health');
  });

  it('names quoted speakers, before or after the reporting verb', () => {
    assert.equal(sourceOf(candidateStarting(candidates, 'Sir Amyas Morse, head of the NAO, said')), 'Sir Amyas Morse');
    assert.equal(sourceOf(candidateStarting(candidates, '“It will be important')), 'Sir Amyas Morse', 'a surname alone takes the full name given before');
    assert.equal(sourceOf(candidateStarting(candidates, '“As the NAO finds')), 'Sally Gainsbury');
    assert.equal(sourceOf(candidateStarting(candidates, '“This background results')), 'Professor Jane Dacre');
    assert.deepEqual(candidateStarting(candidates, 'But Prof Dacre added').source,
      { kind: 'person', person: 'Professor Jane Dacre', organisation: 'Royal College of Physicians' }, 'a titled surname takes the full name and organisation given before');
  });

  it('gives quoted speech without its own speaker the speaker of the quotation', () => {
    assert.equal(sourceOf(candidateStarting(candidates, '“The departments do not yet have the evidence')), 'Sir Amyas Morse');
    assert.equal(sourceOf(candidateStarting(candidates, 'With many hospitals currently running at over 95%')), 'Sally Gainsbury');
    assert.equal(sourceOf(candidateStarting(candidates, '“The NAO today reiterates')), NAO);
  });

  it('leaves out the headline, the dateline, navigation, questions and the comments', () => {
    for (const opening of ['latest health care news', '08.02.17', 'NAO: No compelling evidence', 'Experts call findings',
      'Have you got a story', 'If so, click here', 'Lainey 2012', 'This will come as no surprise', 'Reason to celebrate as NHS says',
      'Haseeb Ahmad', 'Matt Hancock says']) {
      assertNotCandidate(candidates, opening);
    }
  });

  it('offers arguable statements with nothing else to them at the lowest score, with no reasons', () => {
    const plain = candidateStarting(candidates, 'Clinicians were equally unsurprised by the report.');
    assert.deepEqual([plain.score, [...plain.reasons]], [1, []]);
    assert.equal(sourceOf(candidateStarting(candidates, 'So far, benefits have fallen far short of plans')), 'Sir Amyas Morse');
  });

  it('keeps document order, and gives each candidate its paragraph and its text at its offsets', () => {
    for (let index = 1; index < candidates.length; index++) assert.ok(candidates[index - 1].end <= candidates[index].start);
    for (const candidate of candidates) {
      assert.equal(text.slice(candidate.start, candidate.end), candidate.text);
      assert.ok(candidate.paragraph.start <= candidate.start && candidate.end <= candidate.paragraph.end);
    }
  });
});

describe('findClaimCandidates on commentary (seeds 000, 001, 004)', () => {
  it('attributes a commission’s report through "the commission" and "it" (seed 000)', () => {
    const candidates = candidatesOf(readSeed('000'));
    const commission = 'HSJ/Serco Commission on Hospital Care for Frail Older People';
    assert.equal(sourceOf(candidateStarting(candidates, 'Formed by an influential group')), commission);
    assert.equal(sourceOf(candidateStarting(candidates, '“We described this as a Messiah concept,” it adds.')), commission);
    assert.equal(sourceOf(candidateStarting(candidates, 'Commission member and consultant geriatrician David Oliver said')), 'David Oliver');
    assertNotCandidate(candidates, 'Integration will not save money, HSJ commission concludes');
  });

  it('takes figures and evidential phrases, and leaves out the byline and the author line (seed 001)', () => {
    const candidates = candidatesOf(readSeed('001'));
    assert.deepEqual([...candidateStarting(candidates, 'Some 90 per cent of local areas').reasons], ['figure']);
    assert.ok(candidateStarting(candidates, 'Although it seems obvious').reasons.includes('evidence'));
    assert.ok(candidateStarting(candidates, 'There is, however, no doubt').reasons.includes('evidence'));
    assertNotCandidate(candidates, 'Integration is looking less and less like a panacea and more of a long term vision, writes');
    assertNotCandidate(candidates, 'Ashley McDougall is a director');
    assertNotCandidate(candidates, 'Evidence base');
  });

  it('takes what a study reveals and what a document states (seed 003)', () => {
    const candidates = candidatesOf(readSeed('003'));
    assert.deepEqual([...candidateStarting(candidates, 'A King’s Fund study of service integration').reasons], ['evidence']);
    assert.deepEqual([...candidateStarting(candidates, 'An accompanying document, Integrated Care and Support').reasons], ['attribution', 'recommendation']);
    assert.equal(sourceOf(candidateStarting(candidates, 'In such a context, the Nuffield Trust estimates')), 'Nuffield Trust');
    assertNotCandidate(candidates, 'His brief?');
    assertNotCandidate(candidates, 'Past, present and future');
  });

  it('leaves out the comment form (seed 004)', () => {
    const candidates = candidatesOf(readSeed('004'));
    assertNotCandidate(candidates, 'Your email address will not be published');
    assertNotCandidate(candidates, 'Feel free to contact us');
    assert.ok(candidateStarting(candidates, 'All governments share the blame').reasons.includes('forecast'));
  });
});

describe('reader comments', () => {
  it('takes a "Comments" heading for reader comments only when a comment’s time follows it', () => {
    const report = 'Comments\n\nThe department said costs will rise by £2bn.';
    assert.equal(findClaimCandidates(report, []).length, 1);
    const page = 'Comments\n\nLainey 2012   08/02/2017 at 14:16\n\nThe department said costs will rise by £2bn.';
    assert.deepEqual(findClaimCandidates(page, []), []);
  });
});

describe('claim candidate scores', () => {
  it('scores a sentence with money above one with a bare year alone, and that above a plain statement', () => {
    const text = 'The NHS was founded in 1948.\n\nThe NHS was founded in 1948 and cost £437m in its first year.\n\nThe NHS was founded after the war.';
    const [year1948, money437m, plain] = findClaimCandidates(text, entitiesIn(text, [year('1948'), money('£437m', 437e6)]));
    assert.ok(money437m.score > year1948.score && year1948.score > plain.score);
  });

  it('scores an attributed figure above the figure alone', () => {
    const text = 'Savings were £261 million.\n\nThe NAO said savings were £261 million.';
    const [plain, attributed] = findClaimCandidates(text, entitiesIn(text, [money('£261 million', 261e6), organisation('NAO', NAO)]));
    assert.ok(attributed.score > plain.score);
    assert.equal(sourceOf(attributed), NAO);
    assert.ok(!plain.reasons.includes('attribution'));
  });

  it('finds "according to" attributions and modal forecasts without figures', () => {
    const text = 'According to the Nuffield Trust, the gap is unlikely to close.';
    const [candidate] = findClaimCandidates(text, entitiesIn(text, [organisation('Nuffield Trust')]));
    assert.deepEqual([...candidate.reasons], ['attribution', 'forecast']);
    assert.equal(sourceOf(candidate), 'Nuffield Trust');
  });
});

describe('ClaimCandidateFinder', () => {
  const text = readSeed('002');

  it('gives after an edit what a fresh search gives', () => {
    const finder = new ClaimCandidateFinder();
    finder.find(text, entitiesIn(text, seedEntities));
    const edited = text.replace('has not yet achieved its desired', 'has still not achieved its desired').replace('Most damningly', 'Most damningly of all');
    assert.deepEqual(finder.find(edited, entitiesIn(edited, seedEntities)), candidatesOf(edited));
  });

  it('analyses a sentence again when its entities change, even if its text did not', () => {
    const finder = new ClaimCandidateFinder();
    const sentence = 'Spending reached 640,000 units in the year.';
    assert.deepEqual([...finder.find(sentence, [])[0].reasons], []);
    const [candidate] = finder.find(sentence, entitiesIn(sentence, [quantity('640,000', 640000)]));
    assert.deepEqual([...candidate.reasons], ['figure']);
  });

  it('analyses a sentence again when it moves into quoted speech', () => {
    const finder = new ClaimCandidateFinder();
    const unquoted = 'Note this. The NAO said costs will rise.';
    const quoted = '“Note this. The NAO said costs will rise.';
    const entities = (of: string) => entitiesIn(of, [organisation('NAO', NAO)]);
    const [reported] = finder.find(unquoted, entities(unquoted));
    assert.deepEqual([sourceOf(reported), [...reported.reasons]], [NAO, ['attribution', 'forecast']]);
    const [inQuotation] = finder.find(quoted, entities(quoted));
    assert.deepEqual([inQuotation.text, sourceOf(inQuotation), [...inQuotation.reasons]], ['The NAO said costs will rise.', undefined, ['forecast', 'quotation']]);
  });

  it('reads an unchanged paragraph again when what runs into it from the paragraphs before changes', () => {
    const paragraphs = ['The NAO found the following:', '- Costs will rise by 2020.', 'Another plain statement stands here.', '“The plan has no realistic prospect of success.'];
    const finder = new ClaimCandidateFinder();
    const versions = [
      paragraphs.join('\n\n'),
      // The lead-in's colon gone: the list item below is no longer the NAO's.
      [paragraphs[0].replace(':', '.'), ...paragraphs.slice(1)].join('\n\n'),
      // A quotation left open above: the next paragraph is quoted speech.
      ['The NAO said: “We warned of this.', ...paragraphs.slice(1)].join('\n\n'),
      // A paragraph break moved, and a sentence repeated in another context.
      paragraphs.join('\n').replace('success.', 'success.\n\nAnother plain statement stands here.'),
      paragraphs.join('\n\n'),
    ];
    for (const version of versions) {
      const entities = entitiesIn(version, seedEntities);
      assert.deepEqual(finder.find(version, entities), findClaimCandidates(version, entities), version);
    }
  });
});
