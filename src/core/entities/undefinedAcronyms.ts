import type { Steps } from '../util/steps';
import type { BodyMatcher } from './bodyMatcher';
import { mergeGiving } from './spans';
import type { Entity, NamedEntity, Origin } from './types';
import { type AcronymSignal, type AcronymUse, matchesByParagraph, PARAGRAPHS_PASSED_PER_STEP, type ScannedParagraph } from './scannedParagraph';

const ACRONYM = /[A-Z][A-Z&]{1,6}(?![A-Za-z0-9&])/g;
const ORIGIN: Origin = { from: 'rule', rule: 'an acronym the text uses as an organisation ("the FCA fined", "SEC officials said")' };

// All-capital words that are not organisations: measures, taxes, conditions, roles, qualifications, places.
const NOT_BODIES = new Set(('GDP GNP GNI GVA VAT CPI CPIH RPI PFI PPP SEND SEN EHCP EHC UK GB US USA UAE COVID AIDS HIV TB ' +
  'CEO CFO COO CTO MP MPS MSP MSPS MS AM AMS MEP MEPS MLA MLAS PM IT AI HR GP GPS AE A&E ICU PPE LA LAS OK TV PDF URL FAQ KPI KPIS ' +
  'ROI SME SMES R&D QE ISA ISAS GCSE GCSES NVQ BTEC FTE FTES WTE NI NIC NICS PAYE ESG CCTV HGV HGVS EV EVS LED UV USB IVF DNA ' +
  'ICT STEM BAME LGBT LGBTQ NEET NEETS ASB CAMHS ADHD ASD PTSD MMR BMI PLC LTD LLP AGM API APIS SDG SDGS NDC NDCS GHG NOX ' +
  'LTV RAG CIL HMO HMOS PRS RSL RSLS ASHE LFS FOI SI SIS EIA SEA ULEZ LEZ CAZ EPC EPCS SAP UC JSA ESA PIP DLA HB CTR LHA ' +
  'NHS QA Q&A FY YOY CAGR EBITDA PBT GDPR RTB CT OECD DEL AME TME PSNB PSND PSNFL IMF EU UN BBC').split(' '));
// Words after an acronym that make it an organisation's: it reports, finds, fines, speaks.
const BODY_VERBS_AFTER = new Set(('said says found finds warned warns estimated estimates reported reports announced ' +
  'announces fined fines argued argues noted notes concluded concludes published publishes stated states claimed claims ' +
  'added adds told expects expected forecast forecasts predicted predicts recommended recommends believes believed ' +
  'confirmed confirms insisted insists suggested suggests revealed reveals approved approves launched launches ' +
  'ruled rules investigated investigates officials spokesperson spokesman spokeswoman').split(' '));
// Nouns after "the ACRONYM" that make it the name of a scheme, measure or system rather than of a body.
const NOT_BODY_NOUNS_AFTER = new Set(('scheme schemes programme programmes fund funds levy rate rates zone zones target ' +
  'targets system systems survey surveys index data figures figure regime process plan plans pathway assessment ' +
  'assessments test tests score scores model models framework limit cap threshold allowance payment payments credit ' +
  'grant grants rule rules standard standards measure measures code codes award awards status return returns').split(' '));
const WORD_AFTER = /^[ \t]+([a-z]+)/;
const THE_BEFORE = /(?:^|[^A-Za-z])the[ \t]+$/i;
const ACCORDING_TO_BEFORE = /according[ \t]+to[ \t]+(?:the[ \t]+)?$/i;

/**
 * Acronyms the text never spells out that it uses as organisations: the subject of a reporting
 * verb ("SEC officials said", "the FCA fined"), after "according to", or after "the" where the
 * document uses the acronym more than once. Every standalone use of such an acronym is then a
 * mention of it. `entities` are the document's, sorted and without overlaps; `paragraphs` are the
 * document's. In steps: the search of the document and the pass over its acronyms stop every few paragraphs.
 */
export function* addUndefinedAcronyms(text: string, paragraphs: readonly ScannedParagraph[], entities: readonly Entity[], bodies: BodyMatcher): Steps<readonly Entity[]> {
  yield* matchesByParagraph(text, paragraphs, new RegExp(ACRONYM), (paragraph) => paragraph.acronyms === undefined, (paragraph, matches) => {
    paragraph.acronyms = acronymsOf(paragraph.start, matches);
  });
  const uses = new Map<string, number[]>();
  const signalled = new Set<string>();
  let next = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (index % PARAGRAPHS_PASSED_PER_STEP === PARAGRAPHS_PASSED_PER_STEP - 1) yield;
    for (const use of paragraph.acronyms!) {
      const { word } = use;
      const start = paragraph.start + use.index;
      const end = start + word.length;
      while (next < entities.length && entities[next].end <= start) next++;
      if (next < entities.length && entities[next].start < end) continue;
      // Worked out only for the acronyms that reach here, then kept with the paragraph.
      if (!(use.standalone ??= isStandalone(text, start, end))) continue;
      const starts = uses.get(word);
      if (starts) starts.push(start); else uses.set(word, [start]);
      if (signalled.has(word)) continue;
      const signal = use.signal ??= signalOf(text, start, end);
      if (signal === 'always' || (signal === 'if recurring' && starts !== undefined)) signalled.add(word);
    }
  }
  if (signalled.size === 0) return entities;
  const found: NamedEntity[] = [];
  for (const word of signalled) {
    // A listed name written in capitals ("OFGEM" for Ofgem) is that body; the list finds it only as it writes it.
    const listed = bodies.lookup(word);
    const kind = listed?.kind ?? 'organisation';
    const value = listed?.value ?? { name: word, aliases: [] };
    for (const start of uses.get(word)!) found.push({ kind, start, end: start + word.length, text: word, value, origin: listed?.origin ?? ORIGIN });
  }
  return mergeGiving(entities, found.sort((a, b) => a.start - b.start));
}

const NO_ACRONYMS: readonly AcronymUse[] = [];

/**
 * The acronyms among `matches` of a paragraph starting at `start` that are not known to be
 * something else, at offsets into the paragraph.
 */
function acronymsOf(start: number, matches: readonly RegExpExecArray[]): readonly AcronymUse[] {
  let found: AcronymUse[] | undefined;
  for (const { index, 0: word } of matches) {
    if (!NOT_BODIES.has(word)) (found ??= []).push({ word, index: index - start });
  }
  return found ?? NO_ACRONYMS;
}

/** Not inside a longer word or code ("OECD-2019-04", "HC 781"), and not one of a run of capitals (a heading). */
function isStandalone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (/[A-Za-z0-9&'’_]/.test(before) || (after === '-' && /\d/.test(text[end + 1] ?? '')) || /[-/]/.test(before)) return false;
  if (/^[ \t]?\d/.test(text.slice(end, end + 2))) return false;
  // "KEY FINDINGS FROM THE NAO": a line in capitals is a heading, whatever its words.
  return !/[A-Z]{2,}[ \t]+$/.test(text.slice(Math.max(0, start - 12), start)) && !/^[ \t]+[A-Z]{2,}(?![a-z])/.test(text.slice(end, end + 12));
}

/** Whether the words around the acronym make it an organisation's name, or do where it was used before. */
function signalOf(text: string, start: number, end: number): AcronymSignal {
  const after = WORD_AFTER.exec(text.slice(end, end + 20))?.[1];
  if (after !== undefined && BODY_VERBS_AFTER.has(after)) return 'always';
  const before = text.slice(Math.max(0, start - 20), start);
  if (ACCORDING_TO_BEFORE.test(before)) return 'always';
  return THE_BEFORE.test(before) && !(after !== undefined && NOT_BODY_NOUNS_AFTER.has(after)) ? 'if recurring' : 'never';
}
