/** Which UTF-16 units of `text` are quoted speech, given whether a quotation was already open before it. */
export interface QuotedRegions {
  /**
   * The runs of quoted units (the marks themselves included), in order, as start and end offsets
   * one after the other; none where nothing is quoted. Offsets rather than a mask of every unit: a
   * typed array for each sentence with a quotation cost more to make than all its look-ups.
   */
  readonly runs?: readonly number[];
  readonly openAtEnd: boolean;
}

const NOTHING_QUOTED: QuotedRegions = { openAtEnd: false };
const QUOTATION_MARK = /[“”"]/;
const OPENING_MARK = 0x201c;
const CLOSING_MARK = 0x201d;
const STRAIGHT_MARK = 0x22;

/**
 * Curly double quotes open and close; straight double quotes toggle. Single quotes are left
 * alone: ’ is far more often an apostrophe (“NHS’s”) than a closing quote.
 */
export function quotedRegions(text: string, openAtStart: boolean): QuotedRegions {
  // Most sentences hold no quotation: no runs to find in them.
  if (!openAtStart && !QUOTATION_MARK.test(text)) return NOTHING_QUOTED;
  const runs: number[] = [];
  let open = openAtStart;
  let runStart = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let quoted = open;
    if (code === OPENING_MARK || (code === STRAIGHT_MARK && !open)) {
      open = true;
      quoted = true;
    } else if (code === CLOSING_MARK || code === STRAIGHT_MARK) {
      open = false;
      quoted = true;
    }
    if (quoted && runStart < 0) {
      runStart = index;
    } else if (!quoted && runStart >= 0) {
      runs.push(runStart, index);
      runStart = -1;
    }
  }
  if (runStart >= 0) runs.push(runStart, text.length);
  return { runs, openAtEnd: open };
}

/** Whether the unit at `at` is quoted speech. */
export function isQuoted(regions: QuotedRegions, at: number): boolean {
  const runs = regions.runs;
  if (runs === undefined) return false;
  for (let index = 0; index < runs.length && runs[index] <= at; index += 2) {
    if (at < runs[index + 1]) return true;
  }
  return false;
}
