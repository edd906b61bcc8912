import * as assert from 'node:assert/strict';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { isNamed } from '../../../src/core/entities/types';

/** The organisations, programmes and legislation of `text` as `kind|text`, a line break written as a space. */
const names = (text: string): string[] => detectEntities(text).filter(isNamed).map((entity) => `${entity.kind}|${entity.text.replace(/\s+/g, ' ')}`);

describe('organisations beyond the list (entities.md)', () => {
  it('acronyms the text never spells out, used as organisations', () => {
    assert.deepEqual(names('The FXA fined the bank. QRS officials said so, according to ZYXW.'), ['organisation|FXA', 'organisation|QRS', 'organisation|ZYXW']);
    assert.deepEqual(names('The BKR warned. Later the BKR agreed'), ['organisation|BKR', 'organisation|BKR']);
  });

  it('but not measures, headings or codes; and a scheme in capitals is a programme', () => {
    assert.deepEqual(names('The GDP rose and the VAT said nothing; KEY FINDINGS FROM THE STUDY; see BKR-2019-04'), []);
    assert.deepEqual(names('under the XYZ scheme, and the XYZ scheme again'), ['programme|XYZ', 'programme|XYZ']);
  });

  it('a listed name written in capitals, where the text uses it as a body', () => {
    assert.deepEqual(names('according to OFGEM, prices rose'), ['organisation|OFGEM']);
  });

  it('parts of a body, and names broken by a line end', () => {
    assert.deepEqual(names('the Statistics Directorate and the Subcommittee on Rural\nDevelopment'), ['organisation|Statistics Directorate', 'organisation|Subcommittee on Rural Development']);
    assert.deepEqual(names('the National Audit\nOffice found'), ['organisation|National Audit Office']);
    assert.deepEqual(names('Care Quality Commission\nNational Audit Office'), ['organisation|Care Quality Commission', 'organisation|National Audit Office']);
    assert.deepEqual(names('the Royal Air Force, the Army and Thames Valley Police'), ['organisation|Royal Air Force', 'organisation|Army', 'organisation|Thames Valley Police']);
  });

  it('bodies of other countries and international ones from the list', () => {
    assert.deepEqual(names('the Federal Reserve, Eurostat, NATO and the Reserve Bank of Australia'),
      ['organisation|Federal Reserve', 'organisation|Eurostat', 'organisation|NATO', 'organisation|Reserve Bank of Australia']);
  });

  it('a legislature as a body, not as a term of office', () => {
    assert.deepEqual(names('Congress voted, as in this Congress'), ['organisation|Congress']);
    assert.deepEqual(names('£8bn more over the Parliament, as the Parliament voted'), ['organisation|Parliament']);
    assert.deepEqual(names('in the 118th Congress, as the Senate and parliament\'s committees said'), ['organisation|Senate', 'organisation|parliament']);
  });
});

describe('programmes by their form (entities.md, Programmes)', () => {
  it('a trailing lower-case head noun is left out', () => {
    assert.deepEqual(names('the Crossrail programme and the Ajax armoured vehicle programme, and the Kickstart scheme'),
      ['programme|Crossrail', 'programme|Ajax', 'programme|Kickstart']);
    assert.deepEqual(names('The Kickstart scheme ended.'), ['programme|Kickstart']);
  });

  it('but a place, a listed body or a generic description is not a programme', () => {
    assert.deepEqual(names('the London scheme, the NHS England programme, a pilot scheme'), ['organisation|NHS England']);
  });

  it('later short mentions of a programme named by its form are that programme', () => {
    assert.deepEqual(names('the Ajax programme was late; the lessons of Ajax apply'), ['programme|Ajax', 'programme|Ajax']);
  });

  it('named schemes, facilities, grants and benefits by their head word', () => {
    assert.deepEqual(names('the Warm Homes Grant, the Covid Corporate Financing Facility, the Cold Weather Payment and the Green Deal'),
      ['programme|Warm Homes Grant', 'programme|Covid Corporate Financing Facility', 'programme|Cold Weather Payment', 'programme|Green Deal']);
  });

  it('an acronym defined for a programme in brackets is two spans', () => {
    assert.deepEqual(names('the Widget Prosperity Fund (WPF) paid out; the WPF closed'), ['programme|Widget Prosperity Fund', 'programme|WPF', 'programme|WPF']);
  });

  it('a sentence\'s first word before a listed name is not part of it', () => {
    assert.deepEqual(names('2. Increase Child Benefit by £20'), ['programme|Child Benefit']);
    assert.deepEqual(names('The Welsh Local Government Association said'), ['organisation|Welsh Local Government Association']);
  });
});

describe('list names that are everyday phrases (matchCase)', () => {
  it('match only written with their capitals', () => {
    assert.deepEqual(names('community care and public finance, help to buy a home'), []);
    assert.deepEqual(names('Community Care reported that Help to Buy ended'), ['organisation|Community Care', 'programme|Help to Buy']);
  });

  it('while other names match in lower case, as the standard says', () => {
    assert.deepEqual(names('the better care fund and sure start'), ['programme|better care fund', 'programme|sure start']);
  });
});

describe('more names by their form', () => {
  it('the American "program", and names with digits', () => {
    assert.deepEqual(names('costs of the B-21 program rose; the B-21 Program Office said so; the B-21 flew'),
      ['programme|B-21', 'organisation|B-21 Program Office', 'programme|B-21']);
  });

  it('a programme\'s short name defined in brackets, but not a body\'s back reference', () => {
    assert.deepEqual(names('the Widget Strategy (the Strategy) failed. The Strategy was dropped; the Grommet Commission (the Commission) said'),
      ['programme|Widget Strategy', 'programme|Strategy', 'programme|Strategy', 'organisation|Grommet Commission']);
  });

  it('an Act or a Bill by its number', () => {
    assert.deepEqual(names('as the 2004 Act says, and Bill S-12 would'), ['legislation|Act', 'legislation|Bill S-12']);
    assert.deepEqual(names('the Act says, and the Bill would'), []);
  });

  it('an of-phrase goes on over "and", but not into a listed name', () => {
    assert.deepEqual(names('the Ministry of Fisheries and Coastal Affairs and the Department for Transport and Ofsted'),
      ['organisation|Ministry of Fisheries and Coastal Affairs', 'organisation|Department for Transport', 'organisation|Ofsted']);
  });

  it('a country\'s short name before a listed name is left out', () => {
    assert.deepEqual(names('The US Government Accountability Office and the UK Statistics Authority'),
      ['organisation|Government Accountability Office', 'organisation|UK Statistics Authority']);
  });

  it('a name in lower case does not start inside a hyphened word', () => {
    assert.deepEqual(names('a three-child benefit rule, and non-NHS providers'), ['organisation|NHS']);
  });
});

describe('governments and Acts holding a body\'s head word', () => {
  it('a government named by a proper qualifier is an organisation; "the Government" and a party\'s government are not', () => {
    assert.deepEqual(names('the Tasmanian Government, the Government, Local Government and a Labour Government'),
      ['organisation|Tasmanian Government', 'organisation|Labour']);
  });

  it('an Act\'s name may hold a body\'s head word', () => {
    assert.deepEqual(names('the Local Government and Housing Act'), ['legislation|Local Government and Housing Act']);
  });
});

describe('the standard\'s other new organisation rows', () => {
  it('an acronym inside an identifier is not labelled, nor is an Act\'s section a figure', () => {
    assert.deepEqual(detectEntities('see OECD-2019-04 under s21 and section 21').map((entity) => entity.text), []);
  });

  it('a place word before a name is left out unless it is part of the name', () => {
    assert.deepEqual(names('the UK Ministry of Justice and the UK Statistics Authority'), ['organisation|Ministry of Justice', 'organisation|UK Statistics Authority']);
  });

  it('bodies of any country', () => {
    assert.deepEqual(names('the Bundesbank, the OECD, the IMF and the Treasury Board of Canada'),
      ['organisation|Bundesbank', 'organisation|OECD', 'organisation|IMF', 'organisation|Treasury Board of Canada']);
  });
});

describe('quoted programme names', () => {
  it('a name in quotation marks before "programme" or "scheme", and the names joined to it', () => {
    assert.deepEqual(names('councils in the “Safety Net” or “Fair Start” programmes; the so-called “Big Idea” scheme; the “wrong” programme'),
      ['programme|Safety Net', 'programme|Fair Start', 'programme|Big Idea']);
  });
});
