import * as assert from 'node:assert/strict';
import { findClaimCandidates, type ClaimCandidate } from '../../../src/core/claims/claimCandidates';
import { sourceName, type ClaimSource } from '../../../src/core/claims/claimSource';
import { entitiesIn, money, organisation, percent, type EntitySpec } from './entityBuilder';

// Every kind of claim an analyst tags (entities.md, "Claims"), on invented text.

const IFS = 'Institute for Fiscal Studies';
const entities: EntitySpec[] = [
  organisation(IFS), organisation('IFS', IFS), organisation('Fiscal Institute'), organisation('Nuffield Trust'),
  organisation('National Audit Office'), organisation('NAO', 'National Audit Office'), organisation('Ofwat'),
  organisation('Resolution Foundation'), organisation('Department for Education'), organisation('NHS Providers'),
  money('£2bn', 2e9), money('£40m', 40e6), percent('12%', 12), percent('3%', 3),
];

function claimsOf(text: string): ClaimCandidate[] {
  return findClaimCandidates(text, entitiesIn(text, entities));
}

function sourcesOf(text: string): [string, ClaimSource | undefined][] {
  return claimsOf(text).map((claim) => [claim.text, claim.source]);
}

const smith: ClaimSource = { kind: 'person', person: 'Dr Jane Smith', organisation: 'Fiscal Institute' };
const org = (name: string): ClaimSource => ({ kind: 'organisation', organisation: name });

describe('claims: opinions, recommendations and arguments', () => {
  it('offers them without figures, as recommendations where they say what ought to be done, with no source in the author’s voice', () => {
    const text = 'The fund should be judged over a decade, not a year. Ministers must publish the evidence. The policy is a costly mistake.';
    const claims = claimsOf(text);
    assert.deepEqual(claims.map((claim) => claim.text), [
      'The fund should be judged over a decade, not a year.', 'Ministers must publish the evidence.', 'The policy is a costly mistake.',
    ]);
    assert.deepEqual(claims.map((claim) => [...claim.reasons]), [['recommendation'], ['recommendation'], []]);
    assert.ok(claims.every((claim) => claim.source === undefined));
  });
});

describe('claims: quotations over several sentences', () => {
  it('gives every sentence the speaker named before the quotation', () => {
    const text = 'Dr Jane Smith, chief economist at the Fiscal Institute, said: “The rise is steep. It cannot last. Ministers know it.”';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source), [smith, smith, smith]);
  });

  it('gives every sentence the speaker named inside it, and the next paragraph’s quotation too', () => {
    const text = '“The rise is steep,” said Dr Jane Smith, chief economist at the Fiscal Institute. “It cannot last. Ministers know it.”\n\n“Nobody planned for this.”';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source), [smith, smith, smith, smith]);
  });

  it('gives every sentence the speaker named after it, even when another was named before in the paragraph', () => {
    const text = 'The NAO said costs rose by £2bn. “The rise is steep. It cannot last,” said Dr Jane Smith, chief economist at the Fiscal Institute.';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source), [org('National Audit Office'), smith, smith]);
  });

  it('gives "he added" and a surname alone the speaker named in full before', () => {
    const text = 'Dr Jane Smith, chief economist at the Fiscal Institute, said the rise was steep.\n\n“It cannot last,” she added.\n\nSmith said ministers knew it.';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source), [smith, smith, smith]);
  });
});

describe('claims: a named report’s findings', () => {
  it('gives sentences that go on reporting the findings the report’s author', () => {
    const text = 'The Resolution Foundation published its annual audit of living standards today. The report also found that rents rose by 12%. '
      + 'It warns that arrears will grow.\n\nAccording to the review, councils are stretched.';
    const sources = sourcesOf(text);
    assert.deepEqual(sources.slice(1).map(([, source]) => source), [org('Resolution Foundation'), org('Resolution Foundation'), org('Resolution Foundation')]);
  });

  it('takes bulleted and numbered findings under "The report found:", with the report’s author as their source', () => {
    const text = 'The National Audit Office’s report found:\n\n• waiting lists grew by a third over the year\n• spending rose by £2bn\n\n'
      + 'It also concluded:\n1. Councils cut services by 3%.\n2) Few areas had a plan.\n\nCouncils have long warned about this.';
    const claims = claimsOf(text);
    assert.deepEqual(claims.map((claim) => claim.text), [
      'waiting lists grew by a third over the year', 'spending rose by £2bn', 'Councils cut services by 3%.', 'Few areas had a plan.',
      'Councils have long warned about this.',
    ]);
    assert.deepEqual(claims.slice(0, 4).map((claim) => claim.source), Array(4).fill(org('National Audit Office')));
    assert.equal(claims[4].source, undefined);
  });
});

describe('claims: who made them', () => {
  it('resolves "the watchdog", "the think tank" and "the regulator" to the body named before', () => {
    const text = 'The National Audit Office examined 40 councils. The watchdog said most had no plan.\n\n'
      + 'The Institute for Fiscal Studies (IFS) published new figures on Monday. The think tank warned that cuts would deepen.\n\n'
      + 'Ofwat set new limits for bills. The regulator argued that firms must invest £40m more.';
    const sources = sourcesOf(text).filter(([sentence]) => /said|warned|argued/.test(sentence)).map(([, source]) => source);
    assert.deepEqual(sources, [org('National Audit Office'), org(IFS), org('Ofwat')]);
  });

  it('names a person with a role and an organisation, with the organisation alongside', () => {
    assert.deepEqual(sourcesOf('Sally Gainsbury, senior policy analyst at the Nuffield Trust, said the gap was growing.')[0][1],
      { kind: 'person', person: 'Sally Gainsbury', organisation: 'Nuffield Trust' });
    assert.deepEqual(sourcesOf('NHS Providers chief executive Chris Hopson said trusts were stretched.')[0][1],
      { kind: 'person', person: 'Chris Hopson', organisation: 'NHS Providers' });
    assert.deepEqual(sourcesOf('“Trusts are stretched,” said Chris Hopson, the chief executive of NHS Providers.')[0][1],
      { kind: 'person', person: 'Chris Hopson', organisation: 'NHS Providers' });
  });

  it('gives an unnamed spokesperson’s words their organisation', () => {
    assert.deepEqual(sourcesOf('A Department for Education spokesperson said schools would get £2bn.')[0][1], org('Department for Education'));
  });

  it('gives nested attribution the outer source', () => {
    const text = 'The National Audit Office reported on school buildings.\n\nAccording to the report, the Department for Education concluded that repairs would cost £2bn. '
      + 'The NAO found that the department said little about risk.';
    const sources = sourcesOf(text).slice(1).map(([, source]) => source);
    assert.deepEqual(sources, [org('National Audit Office'), org('National Audit Office')]);
  });

  it('gives the author’s own voice no source, even when a body is named in a relative clause', () => {
    const text = 'We estimate that costs will rise by 3%. In our view the pace of change, which the NAO says is vital, will not happen.';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source), [undefined, undefined]);
  });
});

describe('claims: what is not one', () => {
  it('leaves out headlines, bylines, author notes, navigation and questions', () => {
    const text = 'Councils face £2bn gap as costs soar\n\nBy Jane Smith\n\n8 March 2024\n\nCouncils in England face a gap of £2bn, the NAO said.\n\n'
      + 'Will ministers act? Share this article. Read the full report here.\n\nJane Smith is a senior fellow at the Fiscal Institute.\n\n'
      + 'About the author\n\nShe writes on local government finance and has advised the Treasury.';
    assert.deepEqual(claimsOf(text).map((claim) => claim.text), ['Councils in England face a gap of £2bn, the NAO said.']);
  });
});

describe('claims: groups that speak without a name', () => {
  it('gives "Ministers said" and "Critics argue" no person', () => {
    assert.deepEqual(sourcesOf('Ministers said the scheme would expand. Critics argue that it is too small.').map(([, source]) => source), [undefined, undefined]);
  });
});

describe('claims: a document that reports a body’s findings', () => {
  it('gives the sentences with no source of their own the body whose findings the lead reports, but not the author’s first person', () => {
    const text = 'Today the Resolution Foundation reports that rents rose by 12% last year.\n\n'
      + 'Private renters spend a third of their income on housing. Arrears are rising fastest in the north.\n\n'
      + 'We think ministers should act.';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source),
      [org('Resolution Foundation'), org('Resolution Foundation'), org('Resolution Foundation'), undefined]);
  });

  it('leaves the sentences of a document whose lead is the author’s own without a source', () => {
    const text = 'Rents are rising faster than wages. Housing is the defining issue of the decade.\n\n'
      + 'Wages have stalled for years. The Resolution Foundation said rents rose by 12% last year. Arrears are rising fastest in the north.';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source), [undefined, undefined, undefined, org('Resolution Foundation'), undefined]);
  });

  it('goes on giving a paragraph that opens by reporting a body’s findings that body, to the paragraph’s end', () => {
    const text = 'Rents are rising faster than wages. Housing is the defining issue of the decade.\n\n'
      + 'The Resolution Foundation estimates that rents rose by 12% last year. Arrears are rising fastest in the north.\n\nWages have stalled for years.';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source).slice(2), [org('Resolution Foundation'), org('Resolution Foundation'), undefined]);
  });

  it('resolves a lead’s allusion to a body by the name the next paragraph gives', () => {
    const text = 'Councils underestimated the cost of the scheme, according to the spending watchdog.\n\n'
      + 'The National Audit Office examined 40 councils in its report.';
    assert.deepEqual(sourcesOf(text)[0][1], org('National Audit Office'));
  });

  it('takes the body whose work a subject names: "a Nuffield Trust study …", "figures from the IFS", "figures published by …"', () => {
    assert.deepEqual(sourcesOf('A Nuffield Trust study of hospital discharges in three regions reveals that delays doubled.')[0][1], org('Nuffield Trust'));
    assert.deepEqual(sourcesOf('Child poverty will rise by 3%, according to figures from the Institute for Fiscal Studies (IFS).')[0][1], org(IFS));
    assert.deepEqual(sourcesOf('The latest figures, published in March by the Department for Education, showed a rise of 3%.')[0][1], org('Department for Education'));
  });
});

describe('claims: a quotation over several paragraphs', () => {
  it('gives every paragraph of a quotation closed only at the end the speaker named there', () => {
    const text = '“We have built 9,000 homes. We are moving at pace.\n\nA stable home means security.\n\nGetting this right is critical.” said Jane.';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source), Array(4).fill({ kind: 'person', person: 'Jane' }));
  });

  it('gives a quotation reopened in the next paragraph the speaker of the paragraph before, not one named later', () => {
    const text = 'Ann Lee, director of the Fiscal Institute, commented: "The cap has raised poverty.\n\n'
      + '"Ministers must review it." Bob Hale, chief executive at the Nuffield Trust, stated: "This is shocking."';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source && sourceName(source)), ['Ann Lee', 'Ann Lee', 'Bob Hale']);
  });
});

describe('claims: sentences that assert nothing about the world', () => {
  it('leaves out signposting without figures, sentences without a main clause, orders to the reader and bare wishes', () => {
    const text = 'This report provides an analysis of carbon pricing. This note examines spending plans worth £2bn. '
      + 'To consider the evidence first. To achieve this, councils must plan ahead. Not to mention the cost. '
      + 'Just look at who is occupying the beds. We’d like to see it happen. We’d like to see that, since there are signs the scheme will grow.';
    assert.deepEqual(claimsOf(text).map((claim) => claim.text), [
      'This note examines spending plans worth £2bn.', 'To achieve this, councils must plan ahead.',
      'We’d like to see that, since there are signs the scheme will grow.',
    ]);
  });
});

describe('claims: reporting in other forms', () => {
  it('takes progressive forms and "made it clear" as reporting', () => {
    assert.deepEqual(sourcesOf('Think tanks including the Nuffield Trust have been suggesting that the rules act as barriers.')[0][1], org('Nuffield Trust'));
    assert.deepEqual(sourcesOf('Dr Jane Smith made it clear that the fund would close.')[0][1], { kind: 'person', person: 'Dr Jane Smith' });
  });

  it('does not take a participle inside someone’s quoted or reported words for the sentence’s source', () => {
    assert.deepEqual(sourcesOf('Councils are warning residents, but the scheme will close.')[0][1], undefined);
  });
});

describe('claims: citing figures is not reporting findings', () => {
  it('gives a sentence citing a body’s figures that body, but not the sentences after it', () => {
    const text = 'Child poverty rose by 3% last year, according to figures from the Department for Education.\n\nThe cap should go. It costs too much.';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source), [org('Department for Education'), undefined, undefined]);
  });

  it('keeps a report’s body through the people quoted along the way, and stops at the notes to editors', () => {
    const text = 'Councils face a gap of £2bn, the National Audit Office warned today. Sally Gainsbury, senior policy analyst at the Nuffield Trust, said the gap was growing.\n\n'
      + 'Waiting lists grew by a third.\n\nNotes to editors\n\nThe National Audit Office scrutinises public spending for Parliament.';
    const claims = claimsOf(text);
    assert.deepEqual(claims.map((claim) => claim.text).slice(-1), ['Waiting lists grew by a third.']);
    assert.deepEqual(claims[2].source, org('National Audit Office'));
  });

  it('takes a body named after its kind ("the consultancy LaingHart"), and not a survey’s title for a person', () => {
    assert.deepEqual(sourcesOf('Fees rose by 12%, according to the healthcare consultancy LaingHart.')[0][1], org('LaingHart'));
    assert.equal(sourcesOf('Two-thirds of people are unhappy, according to the Public Attitudes Tracker survey.')[0][1], undefined);
  });
});

describe('claims: a document in its own voice, and a report referred to far on', () => {
  it('does not read a document that opens by presenting itself as a report of the body it cites next', () => {
    const text = 'This note examines spending plans worth £2bn for 2024-25.\n\nThe Resolution Foundation said rents rose by 12%.\n\nCouncils cut services.';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source), [undefined, org('Resolution Foundation'), undefined]);
  });

  it('gives "the report says" the report’s author however many paragraphs back it was named', () => {
    const text = 'A review by independent analyst Dr Jane Smith says the line will cost $31bn.\n\nFreight will move to trucks.\n\n'
      + 'Tunnels are needed.\n\nCosts doubled.\n\nHowever, the report says the line must go ahead.';
    assert.deepEqual(sourcesOf(text).map(([, source]) => source).slice(-1), [{ kind: 'person', person: 'Dr Jane Smith' }]);
  });
});
