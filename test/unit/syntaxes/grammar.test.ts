import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

interface Rule {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: Rule[];
}

interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

interface Manifest {
  contributes: {
    grammars: { language: string; scopeName: string; path: string }[];
    languages: { id: string; configuration: string }[];
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const grammarEntry = manifest.contributes.grammars.find((entry) => entry.language === 'policy-document');
const grammar = JSON.parse(fs.readFileSync(path.join(repoRoot, grammarEntry?.path ?? ''), 'utf8')) as Grammar;

function allRules(rules: readonly Rule[]): Rule[] {
  return rules.flatMap((rule) => [rule, ...allRules(rule.patterns ?? [])]);
}

const rules = allRules([...grammar.patterns, ...Object.values(grammar.repository)]);

/** The (text, scope) pairs a single line yields under `patterns`, leftmost match first and earlier rules winning ties, as TextMate does. */
function tokens(patterns: readonly Rule[], line: string): [string, string][] {
  const found: [string, string][] = [];
  let position = 0;
  while (position < line.length) {
    let best: { index: number; text: string; name: string } | undefined;
    for (const rule of patterns) {
      const regex = new RegExp(rule.match ?? '', 'g');
      regex.lastIndex = position;
      const result = regex.exec(line);
      if (result && (!best || result.index < best.index)) {
        best = { index: result.index, text: result[0], name: rule.name ?? '' };
      }
    }
    if (!best) {
      break;
    }
    found.push([best.text, best.name.replace(/\.policy-document$/, '')]);
    position = best.index + Math.max(1, best.text.length);
  }
  return found;
}

const figures = grammar.repository.figures.patterns ?? [];
const headings = grammar.repository.headings.patterns ?? [];
const isHeading = (line: string): boolean => headings.some((rule) => new RegExp(rule.match ?? '').test(line));

describe('policy-document grammar', () => {
  it('is the grammar package.json contributes, with the scope name it declares', () => {
    assert.strictEqual(grammarEntry?.scopeName, 'text.policy-document');
    assert.strictEqual(grammar.scopeName, 'text.policy-document');
  });

  it('compiles every match, begin and end as a regular expression', () => {
    const sources = rules.flatMap((rule) => [rule.match, rule.begin, rule.end]).filter((source): source is string => source !== undefined);
    assert.ok(sources.length >= 10, `only ${sources.length} regular expressions found`);
    for (const source of sources) {
      assert.doesNotThrow(() => new RegExp(source), `invalid: ${source}`);
    }
  });

  it('includes only rules its repository defines', () => {
    const includes = rules.map((rule) => rule.include).filter((include): include is string => include !== undefined);
    assert.ok(includes.length > 0);
    for (const include of includes) {
      assert.ok(include.startsWith('#') && include.slice(1) in grammar.repository, `unknown include ${include}`);
    }
  });

  it('scopes money, percentages, fiscal years and years as numbers', () => {
    assert.deepStrictEqual(tokens(figures, 'The NAO said £5.3bn, 90 per cent of the 2015-16 budget set in 2014, was £1.1 billion short.'), [
      ['£5.3bn', 'constant.numeric.money'],
      ['90 per cent', 'constant.numeric.percent'],
      ['2015-16', 'constant.numeric.date'],
      ['2014', 'constant.numeric.date'],
      ['£1.1 billion', 'constant.numeric.money'],
    ]);
    assert.deepStrictEqual(tokens(figures, 'up 12.7% to £457m, 2 percentage points, 20p, 2017–18, 2012/13 and mid-2015'), [
      ['12.7%', 'constant.numeric.percent'],
      ['£457m', 'constant.numeric.money'],
      ['2 percentage points', 'constant.numeric.percent'],
      ['20p', 'constant.numeric.money'],
      ['2017–18', 'constant.numeric.date'],
      ['2012/13', 'constant.numeric.date'],
      ['2015', 'constant.numeric.date'],
    ]);
  });

  it('scopes Acts and Bills as legislation, ending at Act or Bill, with the year a date of its own', () => {
    const patterns = [...(grammar.repository.legislation.patterns ?? []), ...figures];
    assert.deepStrictEqual(tokens(patterns, 'under the Childcare Act 2016 and the Renters (Reform) Bill, as the Health and Social Care Act said'), [
      ['Childcare Act', 'entity.name.legislation'],
      ['2016', 'constant.numeric.date'],
      ['Renters (Reform) Bill', 'entity.name.legislation'],
      ['Health and Social Care Act', 'entity.name.legislation'],
    ]);
  });

  it('leaves codes, times and numbers inside names alone', () => {
    assert.deepStrictEqual(tokens(figures, 'Covid-19, NHS 111, HC 781 at 14:16, 106,000 people, 3.2019, 2,2019 and 20201'), []);
  });

  it('takes Markdown, capitals and short title lines as headings, and sentences not', () => {
    for (const line of ['# Summary', '### Key findings ###', 'KEY FINDINGS', 'PART 2: THE BETTER CARE FUND', 'More on the HSJ/Serco Commission on Hospital Care for Frail Older People']) {
      assert.ok(isHeading(line), `not a heading: ${line}`);
    }
    for (const line of ['The commission says it supports efforts to integrate care.', 'Political leaders’ belief that integration is a myth', 'NHS spending rose', '#hashtag', '2015']) {
      assert.ok(!isHeading(line), `a heading: ${line}`);
    }
  });

  it('ends a quotation at its closing mark or at a blank line, not at the end of a wrapped line', () => {
    const quotations = grammar.repository.quotations.patterns ?? [];
    assert.strictEqual(quotations.length, 2);
    for (const rule of quotations) {
      const end = new RegExp(rule.end ?? '');
      assert.ok(end.test(rule.begin === '“' ? 'the end”' : 'the end"'));
      assert.ok(end.test(''));
      assert.ok(end.test('  '));
      assert.ok(!end.test('a line that goes on'));
    }
  });
});

describe('policy-document language configuration', () => {
  const entry = manifest.contributes.languages.find((language) => language.id === 'policy-document');
  const configuration = JSON.parse(fs.readFileSync(path.join(repoRoot, entry?.configuration ?? ''), 'utf8')) as {
    wordPattern: { pattern: string; flags: string };
    autoClosingPairs: { open: string; close: string }[];
  };

  it('has a word pattern that keeps figures and hyphenated or possessive words whole', () => {
    const word = new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags}g`);
    assert.deepStrictEqual('The NHS’s £5.3bn, 90% of long-term plans'.match(word), ['The', 'NHS’s', '£5.3bn', '90%', 'of', 'long-term', 'plans']);
  });

  it('auto-closes curly quotes', () => {
    assert.ok(configuration.autoClosingPairs.some((pair) => pair.open === '“' && pair.close === '”'));
  });
});
