/** Two sentences alike but for their figures: a claim on the first, its text deleted, must never move silently to the second. */
export const TWO = 'Planned savings for these two elements were £261 million.';
export const THREE = 'Planned savings for these three elements were £384 million.';

/** A short report holding both, in paragraphs of their own. */
export const LOOK_ALIKES_TEXT = [
  'Savings programme review',
  '',
  `The department set out its plans for the year in the spring. ${TWO} The remainder was to come from procurement.`,
  '',
  'Officials later turned to the wider programme and its governance arrangements, which the committee examined in detail.',
  '',
  `A second round of plans followed in the autumn. ${THREE} The National Audit Office reviewed both rounds.`,
  '',
].join('\n');
