// Writes another checkout's claim candidates in the shape of `policy-annotator claims --json`, so
// that bench/claimAccuracy.ts --predictions can score a version without the `claims` command.
// A source given as one string (as before sources had a person and an organisation) counts as both.
//
// git worktree add /tmp/old 46d5a93 && ln -s "$PWD/node_modules" /tmp/old/node_modules && (cd /tmp/old && npx tsc -p tsconfig.test.json)
// node bench/claimPredictionsOf.mjs /tmp/old test/fixtures/claims-gold seeds > old.json
// node out/bench/claimAccuracy.js --predictions old.json
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const [checkout, goldDir, ...docDirs] = process.argv.slice(2);
if (!checkout || !goldDir) {
  console.error('usage: node bench/claimPredictionsOf.mjs <compiled checkout> <gold folder> [document folders…]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { findClaimCandidates } = require(path.resolve(checkout, 'out/src/core/claims/claimCandidates.js'));
const { detectEntities } = require(path.resolve(checkout, 'out/src/core/entities/detectEntities.js'));

const sourceOf = (source) => {
  if (source === undefined) return null;
  if (typeof source === 'string') return { person: source, organisation: source };
  return { person: source.kind === 'person' ? source.person : null, organisation: source.organisation ?? null };
};
const files = fs.readdirSync(goldDir).filter((name) => name.endsWith('.json')).sort().map((label) => {
  const { document } = JSON.parse(fs.readFileSync(path.join(goldDir, label), 'utf8'));
  const folder = [goldDir, ...docDirs].find((dir) => fs.existsSync(path.join(dir, document)));
  const text = fs.readFileSync(path.join(folder, document), 'utf8');
  const claims = findClaimCandidates(text, detectEntities(text))
    .map(({ start, end, text: claim, score, reasons, source }) => ({ start, end, text: claim, score, reasons, source: sourceOf(source) }));
  return { path: document, claims };
});
process.stdout.write(`${JSON.stringify({ files })}\n`);
