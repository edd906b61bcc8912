import { performance } from 'node:perf_hooks';
import { SidecarClaim } from '../src/core/sidecar/types';
import { shiftClaims, TrackedClaim } from '../src/core/anchoring/claimTracking';

// What each keystroke costs the annotation store: carrying 1,000 claims through one edit of a
// 1 MB document (the store does this synchronously on every change event).
// Run: npm run compile-tests && node out/bench/claimTracking.js

const CLAIMS = 1_000;
const KEYSTROKES = 2_000;
const sentence = 'The fund cost £5.3bn in 2015-16 and the NAO found no evidence that it saved money. ';
let text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
const spacing = Math.floor(text.length / CLAIMS);
let claims: TrackedClaim[] = Array.from({ length: CLAIMS }, (_, index) => {
  const start = index * spacing;
  const claim: SidecarClaim = { id: `c-${index}`, anchor: { quote: sentence, prefix: '', suffix: '', start, end: start + sentence.length }, tags: ['finding'] };
  return { claim, span: { start, end: start + sentence.length }, status: 'exact' };
});

// Typing at the very top moves every claim, the most work one keystroke can make.
const began = performance.now();
for (let keystroke = 0; keystroke < KEYSTROKES; keystroke++) {
  text = `x${text}`;
  claims = shiftClaims(claims, [{ start: 0, end: 0, text: 'x' }], text).claims;
}
const perKeystroke = (performance.now() - began) / KEYSTROKES;
console.log(`${CLAIMS} claims in ${(text.length / 1e6).toFixed(1)} MB: ${(perKeystroke * 1000).toFixed(0)} µs per keystroke (text concatenation included)`);
