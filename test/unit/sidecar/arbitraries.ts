import fc from 'fast-check';
import { Sidecar, SidecarClaim } from '../../../src/core/sidecar/types';

// Strings YAML is known to misread when written carelessly, mixed with arbitrary Unicode text.
const awkward = fc.constantFrom(
  'yes', 'no', 'null', '~', 'true', 'False', '1.0', '0x1F', '1e3', '.inf', '2015-16', '2017-01-01',
  'a: b', 'key:', '- item', '#hash', 'x # y', '"double"', "'single'", '[flow]', '{map}', '&anchor', '*alias',
  '!tag', '%directive', '---', '...', '@at', '`tick`', '|', '>', '?', ' leading', 'trailing ', '\n', 'a\nb',
  'a \n b', '\r\n', '\t', '😀', '👩‍👩‍👧', '£5.3bn', '\u00a0', '\u2028', '\u0085', '\ufeff', '\u0000', '\\',
);
const text = fc.oneof(
  awkward,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(awkward, fc.string({ maxLength: 5 })), { maxLength: 4 }).map((parts) => parts.join('')),
);
const nonEmptyText = text.filter((value) => value.length > 0);

export const claim: fc.Arbitrary<SidecarClaim> = fc.record({
  id: fc.stringMatching(/^c-[a-z0-9]{6}$/),
  quote: nonEmptyText,
  prefix: text,
  suffix: text,
  start: fc.nat({ max: 1_000_000 }),
  length: fc.nat({ max: 10_000 }),
  tags: fc.uniqueArray(nonEmptyText, { maxLength: 4 }),
  note: fc.option(text, { nil: undefined }),
  source: fc.option(text, { nil: undefined }),
  organisation: fc.option(nonEmptyText, { nil: undefined }),
}).map(({ id, quote, prefix, suffix, start, length, tags, note, source, organisation }) => ({
  id,
  anchor: { quote, prefix, suffix, start, end: start + length },
  tags,
  ...(note === undefined ? {} : { note }),
  ...(source === undefined ? {} : { source }),
  ...(organisation === undefined ? {} : { organisation }),
}));

export const sidecar: fc.Arbitrary<Sidecar> = fc.record({
  document: nonEmptyText.filter((name) => !/[/\\]/.test(name)),
  claims: fc.uniqueArray(claim, { selector: (each) => each.id, maxLength: 6 }),
}).map(({ document, claims }) => ({ schema: 1, document, offsets: 'utf-16', claims }));
