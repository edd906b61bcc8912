/** Which UTF-16 units of `text` are quoted speech, given whether a quotation was already open before it. */
export interface QuotedRegions {
  /** 1 where the unit is inside quotation marks (the marks themselves included), else 0; none where nothing is quoted. */
  readonly mask?: Uint8Array;
  readonly openAtEnd: boolean;
}

const NOTHING_QUOTED: QuotedRegions = { openAtEnd: false };
const QUOTATION_MARK = /[“”"]/;

/**
 * Curly double quotes open and close; straight double quotes toggle. Single quotes are left
 * alone: ’ is far more often an apostrophe (“NHS’s”) than a closing quote.
 */
export function quotedRegions(text: string, openAtStart: boolean): QuotedRegions {
  // Most sentences hold no quotation: no mask to fill for them.
  if (!openAtStart && !QUOTATION_MARK.test(text)) return NOTHING_QUOTED;
  const mask = new Uint8Array(text.length);
  let open = openAtStart;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '“' || (char === '"' && !open)) {
      open = true;
      mask[index] = 1;
    } else if (char === '”' || char === '"') {
      mask[index] = 1;
      open = false;
    } else if (open) {
      mask[index] = 1;
    }
  }
  return { mask, openAtEnd: open };
}

/** Whether the unit at `at` is quoted speech. */
export function isQuoted(regions: QuotedRegions, at: number): boolean {
  return regions.mask?.[at] === 1;
}
