import { Wording, type SentenceText } from './sentenceText';

/**
 * The wording that makes a sentence a claim (entities.md, "Claims") and the wording that marks
 * it as page furniture instead. Kept apart from the logic that applies them so the lists can grow.
 * Case-insensitive ones are `Wording`s, written in lower case (sentenceText.ts says why).
 */

/** Verbs that report what a source said or found; finite forms only, so "to say" is not one. */
export const REPORTING_VERB = new RegExp(
  '\\b(?:said|says|say|states|stated|warned|warns|warn|found|finds|estimates|estimated|argued|argues|argue'
  + '|concluded|concludes|conclude|added|adds|stressed|stresses|claimed|claims|reported|reports|believes|insisted|insists'
  + '|noted|notes|acknowledged|acknowledges|advised|advises|told|tells|maintains|maintained|predicted|predicts'
  + '|recommended|recommends|revealed|reveals|admitted|admits|explained|explains|cautioned|conceded|concedes'
  + '|calls for|called for|highlighted|highlights|points out|pointed out|confirmed|confirms|commented|comments|reiterated|reiterates'
  + '|announced|announces|suggested|suggests|showed|shows|assessed|assesses|criticised|criticises|criticized|criticizes|observed|observes'
  + '|calculated|calculates|urged|urges|accused|accuses|attacked|described|describes|is critical of|was critical of|agreed|agrees'
  // Progressive forms ("have been suggesting") and "made it clear".
  + '|saying|warning|arguing|suggesting|claiming|insisting|calling for|pointing out|made (?:it |this )?(?:clear|plain))\\b',
  'g',
);

/** Reporting verbs that are as often plural nouns ("Early estimates in 2016 …"): they need a subject that is plainly a name. */
export const REPORTING_VERB_OR_NOUN = /^(?:estimates|reports|claims|notes|states|comments|calls for|shows)$/;

export const ACCORDING_TO = /\baccording to\s+/gi;

/**
 * A pattern that matches where one of `alternatives`, each written to start at a word boundary,
 * does: the boundary is tested once for them all, which V8 runs about a third faster than a
 * boundary at the head of each.
 */
function atWordStart(alternatives: readonly string[], flags: string): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})`, flags);
}

/** Phrases that present evidence or a finding, with or without a named source. */
export const EVIDENTIAL = new Wording(atWordStart([
  '(?:no|little|limited|robust|strong|clear|compelling|conclusive|insufficient|growing|new|any)\\s+(?:\\p{L}+\\s+)?evidence\\b',
  'evidence\\s+(?:suggests|shows|showed|indicates|from|that|to (?:show|support|suggest))\\b',
  '(?:report|study|review|analysis|evaluation|research|survey|inquiry|audit|data|findings?)\\b[^.;:!?]{0,80}?'
    + '\\b(?:found|finds|shows?|showed|suggests?|reveals?|revealed|concluded|concludes|states|says|identifie[sd]|indicates?)\\b',
  'is based on\\b',
  'no doubt\\b',
], 'iu'));

/**
 * Modal forecasts and predictions. Case matters: "May" is a month, "will" after "political" a noun
 * (looked behind for once "will" is found, not before every character).
 */
export const FORECAST = atWordStart([
  'will\\b(?<!\\b(?:political|free|good|ill|own|public|the|a|his|her|their)\\swill)',
  'won[’\']t\\b',
  'shall\\b',
  '(?:may|might|could)\\b',
  '(?:un)?likely to\\b',
  '(?:expected|set|projected|forecast|predicted|going) to\\b',
], 'u');

/** Recommendations and arguments about what ought to happen. */
export const RECOMMENDATION = new Wording(/\b(?:should|must|ought to|needs? to|has to|have to|calls? for|called for|urged?|recommend(?:s|ed)?)\b/iu);

/**
 * Whether a sentence ends as a statement does: with . ! or …, possibly inside closing quotes or
 * brackets (`/[.!…][”’"')\]»]*$/`, read backwards from the end rather than tried at every position).
 */
export function endsAsStatement(text: string): boolean {
  let end = text.length;
  while (end > 0 && STATEMENT_CLOSERS.includes(text[end - 1])) end--;
  return end > 0 && STATEMENT_ENDS.includes(text[end - 1]);
}

const STATEMENT_CLOSERS = '”’"\')]»';
const STATEMENT_ENDS = '.!…';

/** Navigation, calls to action, credits and comment-form text that web pages wrap around an article. */
const WEB_BOILERPLATE = new Wording(new RegExp(
  '\\b(?:click here|read more|more >|email address will not be published|required fields are marked'
  + '|leave a (?:reply|comment)|add your comment|all rights reserved|cookies|sign up|subscribe|newsletter'
  + '|share this|follow us|contact us|log in|register to|posted (?:by|on|in)|written by|skip to (?:main )?content'
  + '|(?:photo|image|picture|illustration) ?(?:credit|:)|copyright|download the (?:full )?(?:report|briefing|paper)'
  + '|read the (?:full|whole) (?:report|article|briefing|story)|find out more|for more information|this article (?:was|first)'
  + '|first published|last (?:updated|modified)|listen to (?:this|the) (?:podcast|episode))\\b',
  'iu',
));
/** The copyright sign, looked for apart: as one more alternative of WEB_BOILERPLATE it slows V8's search for the words by a half. */
const COPYRIGHT_SIGN = '©';
/** A byline at a sentence's end: ", writes Jane Smith". */
const WRITES_BYLINE = /,\s*writes\s+\p{Lu}/iu;
/** A byline: "By Jane Smith", "By Jane Smith, Health Correspondent". */
const BYLINE = /^by\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}(?:,|\.?$)/u;
/** The author introduced in a paragraph of its own: "Jane Smith is a senior fellow at …", "About the author". */
const AUTHOR_NOTE = /^(?:(?:Dr|Prof|Professor|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}(?:at|of|for|with|in)\b/u;

/** What a document says about itself, not about the world: "This report provides an analysis of …". */
const SIGNPOSTING = new Wording(/\b(?:this|the present|our) (?:note|report|paper|briefing|document|article|blog|post|chapter|section|piece)\s+(?:provides|examines|sets out|looks at|describes|summari[sz]es|presents|considers|explores|outlines|focuses|was submitted|is submitted)\b/i);
/** Sentences without a main clause: "To consider the evidence first.", "Not to mention the cost." */
const INFINITIVE_FRAGMENT = /^(?:To \p{Ll}+|Not to mention)\b/u;
const FINITE_VERB = /\b(?:is|are|was|were|will|would|has|have|had|must|should|can|could|may|might|does|do|did)\b/i;
/** Telling the reader what to do: "Just look at who is occupying the beds." */
const IMPERATIVE_TO_READER = /^(?:(?:Just|Now|So|But|And)\s+)?(?:look at|consider|imagine|think about|note that|remember|compare|ask yourself)\b/i;
/** A bare wish in the author's voice: "We’d like to see it happen." */
const BARE_WISH = /^(?:We|I)(?:[’']d| would) (?:like|love|hope) to see\b[^,;:]{0,20}[.!]$/;

/** Whether a sentence is about the document itself: "This note examines …" (assertsNothing takes the answer). */
export function presentsTheDocument(sentence: SentenceText): boolean {
  return SIGNPOSTING.test(sentence);
}

/** Whether a sentence asserts nothing about the world: it signposts the document, lacks a main clause, tells the reader what to do or only wishes. */
export function assertsNothing(sentence: SentenceText, holdsFigure: boolean, signposting: boolean): boolean {
  if (signposting && !holdsFigure) return true;
  if (INFINITIVE_FRAGMENT.test(sentence.text) && !FINITE_VERB.test(sentence.text)) return true;
  return IMPERATIVE_TO_READER.test(sentence.text) || BARE_WISH.test(sentence.text);
}

/** WRITES_BYLINE, tried only where the sentence in lower case holds "writes" (or lowering could differ from the pattern's case folding). */
function writesByline(sentence: SentenceText): boolean {
  return (sentence.lower === undefined || sentence.lower.includes('writes')) && WRITES_BYLINE.test(sentence.text);
}

export function isBoilerplate(sentence: SentenceText): boolean {
  return WEB_BOILERPLATE.test(sentence) || sentence.text.includes(COPYRIGHT_SIGN) || writesByline(sentence) || BYLINE.test(sentence.text);
}

export function isAuthorNote(sentence: string): boolean {
  return AUTHOR_NOTE.test(sentence);
}

/** A heading after which the rest is about the author or the publisher, not the subject: "About the author", "Notes to editors". */
export const ABOUT_THE_AUTHOR_HEADING = /^(?:about the authors?|about the writers?|the authors?|author biography|notes? on (?:the )?contributors?|notes? to editors|editors[’']? notes?)\s*:?$/i;

/** A paragraph that opens a comment form: everything after it is readers' text, not the document's. */
export const COMMENT_FORM_HEADING = /^(?:leave a (?:reply|comment)|add your comment|join the discussion|post a comment)\s*:?$/i;
/**
 * A paragraph headed "Comments" opens the reader comments only when a comment's metadata (a time
 * of day, "3 days ago") follows it: a report may have a section of its own called "Comments".
 */
export const COMMENTS_HEADING = /^(?:\d+\s+)?(?:comments?|reader comments|\d+ (?:responses?|replies))\s*:?$/i;
export const COMMENT_METADATA = /\b\d{1,2}:\d{2}\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/i;
