import type { Span } from '../textDocument';

export type FigureKind = 'money' | 'percent' | 'proportion' | 'date' | 'quantity';
export type NamedKind = 'organisation' | 'programme' | 'legislation';
export type EntityKind = FigureKind | NamedKind;

export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'proportion', 'date', 'quantity'];
export const NAMED_KINDS: readonly NamedKind[] = ['organisation', 'programme', 'legislation'];
export const ENTITY_KINDS: readonly EntityKind[] = [...FIGURE_KINDS, ...NAMED_KINDS];

export type Currency = 'GBP' | 'USD' | 'EUR';

export interface MoneyValue { readonly amount: number; readonly currency: Currency }
/** `points: true` for "percentage points". */
export interface PercentValue { readonly percent: number; readonly points?: true }
export interface ProportionValue { readonly ratio: number }
/** A year (`{ year }`), a day (`{ date: "2017-02-08" }`), or a span (`{ from, to }`, ISO days). */
export interface DateValue { readonly year?: number; readonly date?: string; readonly from?: string; readonly to?: string }
export interface QuantityValue { readonly number: number }
/** `name` is the canonical full name; `aliases` its acronyms and other names. */
export interface NamedValue { readonly name: string; readonly aliases: readonly string[] }

/** The normalised value each kind of entity carries. */
export interface ValueOfKind {
  readonly money: MoneyValue;
  readonly percent: PercentValue;
  readonly proportion: ProportionValue;
  readonly date: DateValue;
  readonly quantity: QuantityValue;
  readonly organisation: NamedValue;
  readonly programme: NamedValue;
  readonly legislation: NamedValue;
}

export type EntityValue = ValueOfKind[EntityKind];

/** Where a name came from, for "why is this highlighted?": a list, or a rule and which. */
export type Origin =
  | { readonly from: 'built-in list' }
  | { readonly from: 'your list' }
  | { readonly from: 'rule'; readonly rule: string };

interface EntityBase extends Span {
  readonly text: string;
  /** Set on organisations, programmes and legislation; figures are all found by the figure rules. */
  readonly origin?: Origin;
  /** A hedge such as "nearly", "about" was before the figure. */
  readonly approx?: true;
  /** "at least", "more than", "over" → lower; "up to", "less than", "under" → upper. */
  readonly bound?: 'lower' | 'upper';
}

/** An entity of kind `K` (or of each kind of a union of kinds), its value typed by its kind. */
export type EntityOf<K extends EntityKind> = K extends EntityKind ? EntityBase & { readonly kind: K; readonly value: ValueOfKind[K] } : never;

/** A detected entity: a union tagged by `kind`, so that a `switch` on the kind types the value. */
export type Entity = EntityOf<EntityKind>;
export type FigureEntity = EntityOf<FigureKind>;
export type NamedEntity = EntityOf<NamedKind>;

export function isFigureKind(kind: EntityKind): kind is FigureKind {
  return (FIGURE_KINDS as readonly EntityKind[]).includes(kind);
}

export function isFigure(entity: Entity): entity is FigureEntity {
  return isFigureKind(entity.kind);
}

export function isNamed(entity: Entity): entity is NamedEntity {
  return !isFigureKind(entity.kind);
}

/** An organisation, programme or piece of legislation the detector knows by name, from the built-in list, a setting or a workspace file. */
export interface NamedBodyEntry {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly kind?: NamedKind;
  /** Words that, right after the name, make it a common noun: "Labour" before "market". */
  readonly notBefore?: readonly string[];
  /** Words that, right before the name, make it a common noun: "Parliament" after "this". */
  readonly notAfter?: readonly string[];
  /** The name is also an everyday phrase ("community care", "help to buy"): it is the body only written with its capitals. */
  readonly matchCase?: boolean;
}
