import type { Span } from '../textDocument';

export type FigureKind = 'money' | 'percent' | 'proportion' | 'date' | 'quantity';
export type EntityKind = FigureKind | 'organisation' | 'programme';

export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'proportion', 'date', 'quantity'];
export const ENTITY_KINDS: readonly EntityKind[] = [...FIGURE_KINDS, 'organisation', 'programme'];

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

export type EntityValue = MoneyValue | PercentValue | ProportionValue | DateValue | QuantityValue | NamedValue;

export interface Entity extends Span {
  readonly kind: EntityKind;
  readonly text: string;
  readonly value: EntityValue;
  /** A hedge such as "nearly", "about" was before the figure. */
  readonly approx?: true;
  /** "at least", "more than", "over" → lower; "up to", "less than", "under" → upper. */
  readonly bound?: 'lower' | 'upper';
}

/** An organisation or programme the detector knows by name, from the built-in list, a setting or a workspace file. */
export interface NamedBodyEntry {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly kind?: 'organisation' | 'programme';
  /** Words that, right after the name, make it a common noun: "Labour" before "market". */
  readonly notBefore?: readonly string[];
  /** Words that, right before the name, make it a common noun: "Parliament" after "this". */
  readonly notAfter?: readonly string[];
}
