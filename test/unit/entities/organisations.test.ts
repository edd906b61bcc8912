import * as assert from 'node:assert/strict';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import type { NamedValue } from '../../../src/core/entities/types';

function namesIn(text: string): string[] {
  return detectEntities(text).filter((entity) => entity.kind === 'organisation').map((entity) => entity.text);
}

describe('organisations (entities.md)', () => {
  for (const name of ['National Audit Office', 'NHS England', 'Department of Health', 'Nuffield Trust',
    'Royal College of Physicians', 'University Hospitals Birmingham Foundation Trust', 'Care Quality Commission',
    'Public Accounts Committee', 'Labour Party', 'Virgin Health', 'Serco', 'Kings Fund',
    // Companies, regulators and charities whose names have no suffix the rules could read.
    'Mott MacDonald', 'Ofqual', 'Audit Scotland', 'Save the Children', 'Companies House']) {
    it(`full name: ${name}`, () => assert.deepEqual(namesIn(`We met ${name} staff yesterday.`), [name]));
  }

  it('leaves a leading "The" out of the span', () => assert.deepEqual(namesIn("The King's Fund said"), ["King's Fund"]));

  for (const acronym of ['NAO', 'NHS', 'DH', 'RCP', 'CQC', 'LGA', 'ADASS', 'UCLH']) {
    it(`acronym: ${acronym}`, () => assert.deepEqual(namesIn(`the ${acronym} said`), [acronym]));
  }

  it('an acronym defined in brackets is a second span and an alias', () => {
    const entities = detectEntities('the Moore Adamson Craig Partnership (MACP) said. Later MACP added');
    assert.deepEqual(entities.map((entity) => entity.text), ['Moore Adamson Craig Partnership', 'MACP', 'MACP']);
    for (const entity of entities) {
      assert.deepEqual(entity.value, { name: 'Moore Adamson Craig Partnership', aliases: ['MACP'] });
    }
  });

  it('joined names', () => {
    assert.deepEqual(namesIn('the HSJ/Serco Commission on Hospital Care for Frail Older People, which'),
      ['HSJ/Serco Commission on Hospital Care for Frail Older People']);
    assert.deepEqual(namesIn('the joint Kings Fund/Nuffield Trust recommendations'), ['Kings Fund', 'Nuffield Trust']);
  });

  it('a named body used as a modifier', () => {
    assert.deepEqual(namesIn('the NHS budget and NHS values'), ['NHS', 'NHS']);
    assert.deepEqual(namesIn('extended to non-NHS providers'), ['NHS']);
  });

  it('lower case does not decide', () => {
    assert.deepEqual(namesIn('national health executive tv'), ['national health executive']);
    const [programme] = detectEntities('the better care fund, as');
    assert.equal(programme.kind, 'programme');
    assert.equal((programme.value as NamedValue).name, 'Better Care Fund');
  });

  it('short party names', () => assert.deepEqual(namesIn('Both Labour and the Conservatives are keen'), ['Labour', 'Conservatives']));

  it('names the list lacks, by their shape', () => {
    assert.deepEqual(namesIn('The Moore Adamson Craig Partnership supports'), ['Moore Adamson Craig Partnership']);
    assert.deepEqual(namesIn('said the Department for Widgets and'), ['Department for Widgets']);
    assert.deepEqual(namesIn('the Torbay and South Devon Care Trust board'), ['Torbay and South Devon Care Trust']);
    assert.deepEqual(namesIn('the Mid and South Essex ICB spent more than other ICBs'), ['Mid and South Essex ICB']);
  });

  it('a name by rule takes every capitalised word before its "and", but not a sentence adverb', () => {
    assert.deepEqual(namesIn('Surrey Heartlands Health and Care Partnership launched'), ['Surrey Heartlands Health and Care Partnership']);
    assert.deepEqual(namesIn('and the West Midlands Fire and Rescue Authority'), ['West Midlands Fire and Rescue Authority']);
    assert.deepEqual(namesIn('Yesterday Surrey and Borders Partnership said'), ['Surrey and Borders Partnership']);
  });

  it('an of-phrase that ends in a head word is a body of its own', () => {
    assert.deepEqual(namesIn('Research by Loughborough University for the End Child Poverty Coalition found'),
      ['Loughborough University', 'End Child Poverty Coalition']);
    assert.deepEqual(namesIn('the Commission on Hospital Care for Frail Older People'), ['Commission on Hospital Care for Frail Older People']);
  });

  it('an Act or Bill keeps the bracketed part of its name', () => {
    const spans = (text: string) => detectEntities(text).map((entity) => [entity.text, entity.kind]);
    assert.deepEqual(spans('The National Care Service (Scotland) Bill was withdrawn'), [['National Care Service (Scotland) Bill', 'legislation']]);
    assert.deepEqual(spans('the Renters (Reform) Bill and the Housing (Scotland) Act 1987'),
      [['Renters (Reform) Bill', 'legislation'], ['Housing (Scotland) Act', 'legislation'], ['1987', 'date']]);
    assert.deepEqual(spans('the Well-being of Future Generations (Wales) Act 2015'),
      [['Well-being of Future Generations (Wales) Act', 'legislation'], ['2015', 'date']]);
    assert.deepEqual(spans('a (Scotland) Act alone'), []);
  });

  it('a listed name with a plural possessive inside is read across it', () => {
    assert.deepEqual(namesIn("Guy's and St Thomas' NHS Foundation Trust was fined"), ["Guy's and St Thomas' NHS Foundation Trust"]);
  });

  it('an Act ends at "Act", its year a date of its own; names by rule include lower-case "programme", Grants and three generic words', () => {
    const spans = (text: string) => detectEntities(text).map((entity) => [entity.text, entity.kind]);
    assert.deepEqual(spans('under the Children and Families Act 2014 and the Academies Act 2010/11'),
      [['Children and Families Act', 'legislation'], ['2014', 'date'], ['Academies Act', 'legislation'], ['2010/11', 'date']]);
    assert.deepEqual(spans('the Childcare Act 2016 and the Local Government Finance Bill'),
      [['Childcare Act', 'legislation'], ['2016', 'date'], ['Local Government Finance Bill', 'legislation']]);
    assert.deepEqual(spans('the Supporting Families programme and the Dedicated Schools Grant'),
      [['Supporting Families programme', 'programme'], ['Dedicated Schools Grant', 'programme']]);
    assert.deepEqual(spans('the New Hospital Programme, the NHS England programme, the Better Care Fund programme'),
      [['New Hospital Programme', 'programme'], ['NHS England', 'organisation'], ['Better Care Fund', 'programme']]);
    assert.deepEqual(namesIn('said Ofsted and Care Quality Commission inspectors'), ['Ofsted', 'Care Quality Commission']);
  });

  it('a listed name written with commas is read across them, and only there', () => {
    assert.deepEqual(namesIn('The Department for Levelling Up, Housing and Communities (DLUHC) said'),
      ['Department for Levelling Up, Housing and Communities', 'DLUHC']);
    assert.deepEqual(namesIn('in the NHS, England has'), ['NHS']);
  });

  it('a listed name written with a hyphen is read across it, and only there', () => {
    assert.deepEqual(namesIn('members of the Organisation for Economic Co-operation and Development (OECD)'),
      ['Organisation for Economic Co-operation and Development', 'OECD']);
    assert.deepEqual(namesIn('homes run by HC-One, not by HC One'), ['HC-One']);
    assert.deepEqual(namesIn('non-NHS providers and NHS-funded care'), ['NHS', 'NHS']);
    assert.deepEqual(namesIn('HS2 Ltd, not HS 2 Ltd'), ['HS2 Ltd']);
  });

  it('a company by its legal form, which the span leaves out', () => {
    assert.deepEqual(namesIn('Balfour Beatty plc and Interserve Ltd won; Widget Holdings Limited and Freshfields LLP advised'),
      ['Balfour Beatty', 'Interserve', 'Widget Holdings', 'Freshfields']);
    assert.deepEqual(namesIn('the plc said; the Group plc; a Limited company'), []);
  });

  it('an of-phrase ends before a possessive', () => {
    assert.deepEqual(namesIn('the Bank of England’s Monetary Policy Committee held'), ['Bank of England', 'Monetary Policy Committee']);
    assert.deepEqual(namesIn('read the Institute for Widgets’ report and the Institute for Gadgets’s'), ['Institute for Widgets', 'Institute for Gadgets']);
  });

  it('an acronym that is the initials of a name in the document is a mention of it', () => {
    const found = detectEntities('The Education Policy Institute says so. Later, the EPI estimates more, as QXWZ did.');
    assert.deepEqual(found.map((entity) => entity.text), ['Education Policy Institute', 'EPI']);
    assert.deepEqual(found[1].value, { name: 'Education Policy Institute', aliases: ['EPI'] });
    assert.deepEqual((found[0].value as NamedValue).aliases, ['EPI']);
  });

  it('a name by rule stops at an owner’s possessive, but keeps a possessive of its own', () => {
    const spans = (text: string) => detectEntities(text).map((entity) => [entity.text, entity.kind]);
    assert.deepEqual(spans("Homes England's Affordable Homes Programme"), [['Homes England', 'organisation'], ['Affordable Homes Programme', 'programme']]);
    assert.deepEqual(spans('the NAO’s Widget Review Board'), [['NAO', 'organisation'], ['Widget Review Board', 'organisation']]);
    assert.deepEqual(spans('the Government’s Widget Strategy'), [['Widget Strategy', 'programme']]);
    assert.deepEqual(namesIn('at St Mary’s Hospital Trust and the Prince’s Trust'), ['St Mary’s Hospital Trust', 'Prince’s Trust']);
  });

  it('not organisations: generic mentions, people, places', () => {
    assert.deepEqual(namesIn('the government and the department told local authorities and clinical commissioning groups'), []);
    assert.deepEqual(namesIn('the introduction of Foundation Trusts; the commission found'), []);
    assert.deepEqual(namesIn('Sir Amyas Morse visited Northumberland and Torbay'), []);
    assert.deepEqual(namesIn('this Public Service Day'), []);
  });

  it('programmes and legislation are kinds of their own', () => {
    const kinds = detectEntities('the Five Year Forward View and the Care Act 2014').map((entity) => [entity.kind, entity.text]);
    assert.deepEqual(kinds, [['programme', 'Five Year Forward View'], ['legislation', 'Care Act'], ['date', '2014']]);
  });

  it('benefits, levies and schemes named without a head word are programmes', () => {
    const kinds = detectEntities('the Apprenticeship Levy, Sure Start and the Self-Employment Income Support Scheme (SEISS)')
      .map((entity) => [entity.kind, entity.text]);
    assert.deepEqual(kinds, [['programme', 'Apprenticeship Levy'], ['programme', 'Sure Start'],
      ['programme', 'Self-Employment Income Support Scheme'], ['programme', 'SEISS']]);
  });

  it('takes extra bodies from the options', () => {
    const entities = detectEntities('the Widget Works said', { extraBodies: [{ name: 'Widget Works', aliases: ['WW'] }] });
    assert.deepEqual(entities.map((entity) => entity.text), ['Widget Works']);
  });
});

describe('organisations in scraped and joined text', () => {
  it('finds a name glued to a date', () => assert.deepEqual(namesIn('23/09/2019NHS England dementia director'), ['NHS England']));
  it('takes the short form after a slash as a second organisation', () => {
    assert.deepEqual(namesIn('the Kings Fund/Nuffield report'), ['Kings Fund', 'Nuffield']);
  });
});
