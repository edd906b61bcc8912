import type { DateValue, Entity, NamedValue } from './types';

const CURRENCY_SIGNS = { GBP: '£', USD: '$', EUR: '€' } as const;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

// One formatter for all: toLocaleString with options builds a new one on every call, 40 times slower.
const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** "2016-03-31" → "31 March 2016"; "--04-01" → "1 April". */
function formatDay(iso: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const day = `${Number(match[3])} ${MONTH_NAMES[Number(match[2]) - 1]}`;
  return match[1] === '-' ? day : `${day} ${match[1]}`;
}

function isFiscalSpan(value: DateValue): boolean {
  return /-04-01$/.test(value.from ?? '') && /-03-31$/.test(value.to ?? '');
}

function describeDate(value: DateValue): string {
  if (value.year !== undefined) return `year ${value.year}`;
  if (value.date !== undefined) return formatDay(value.date);
  const span = `${formatDay(value.from ?? '')} – ${formatDay(value.to ?? '')}`;
  if (!isFiscalSpan(value)) return span;
  const years = Number(value.to!.slice(0, 4)) - Number(value.from!.slice(0, 4));
  return `UK fiscal year${years > 1 ? 's' : ''} ${span}`;
}

/**
 * The aliases without those that repeat the name, or an earlier alias, in another case: the
 * organisation list carries such spellings so lower-case text is matched, not as other names.
 */
export function distinctAliases(named: NamedValue): string[] {
  const shown = new Set([named.name.toLowerCase()]);
  return named.aliases.filter((alias) => {
    const key = alias.toLowerCase();
    const isNew = !shown.has(key);
    shown.add(key);
    return isNew;
  });
}

/** A human description of an entity's normalised value, for hovers and the CLI. */
export function describeEntityValue(entity: Entity): string {
  switch (entity.kind) {
    case 'money': {
      const value = entity.value;
      return `${value.amount < 0 ? '−' : ''}${CURRENCY_SIGNS[value.currency]}${Math.abs(value.amount).toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(value.amount) ? 0 : 2, maximumFractionDigits: 2 })} (${value.currency})`;
    }
    case 'percent': {
      const value = entity.value;
      return value.points ? `${formatNumber(value.percent)} percentage point${value.percent === 1 ? '' : 's'}` : `${formatNumber(value.percent)}%`;
    }
    case 'proportion':
      return `ratio ${Number(entity.value.ratio.toFixed(3))}`;
    case 'date':
      return describeDate(entity.value);
    case 'quantity':
      return formatNumber(entity.value.number);
    default: {
      const aliases = distinctAliases(entity.value);
      return aliases.length ? `${entity.value.name} (also ${aliases.join(', ')})` : entity.value.name;
    }
  }
}

/** Where an entity came from, in words: "the built-in list", "your list", "a rule: …", "the figure rules". */
export function describeOrigin(entity: Entity): string {
  const origin = entity.origin;
  if (!origin) return 'the figure rules';
  switch (origin.from) {
    case 'built-in list': return 'the built-in list';
    case 'your list': return 'your list (setting or workspace file)';
    case 'rule': return `a rule: ${origin.rule}`;
  }
}
