import { checkTypedCounts, countCash, dec, type CountedComparison, type Decimal } from '@till/core';
import type { CloseBody, ClosingData } from './api.ts';

/**
 * The amounts the form starts with: bank and customer-account methods as expected (the statement
 * tells), cash empty so it is counted, unless nobody counts it here (no cash control, or a rescue
 * session, whose cash the server takes as expected).
 */
export function initialCounts(data: ClosingData, countsCash: boolean): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const m of data.methods)
    typed[String(m.method_id)] = m.kind === 'cash' && countsCash ? '' : m.expected;
  return typed;
}

export type ClosingCheck =
  | { readonly ok: true; readonly counted: Record<string, Decimal>; readonly comparison: CountedComparison }
  | { readonly ok: false; readonly methodId: number; readonly message: string };

/**
 * Compares what was typed with what the server expects, by core's `checkTypedCounts` (the same
 * rule as the till and the server). A typed amount that is not a number is reported on its field.
 */
export function checkClosing(data: ClosingData, typed: Readonly<Record<string, string>>): ClosingCheck {
  const check = checkTypedCounts(data, typed);
  return check.ok
    ? check
    : { ok: false, methodId: check.methodId, message: 'Type the amount counted, like 125.50.' };
}

/** The request that closes: every counted amount as typed (a decimal string), notes, decisions. */
export function closeBody(
  counted: Readonly<Record<string, Decimal>>,
  notes: string,
  confirmDifference: boolean,
  cancelDrafts: boolean,
): CloseBody {
  return {
    counted: Object.fromEntries(Object.entries(counted).map(([id, d]) => [id, d.toString()])),
    notes: notes.trim(),
    confirm_difference: confirmDifference,
    drafts: cancelDrafts ? 'cancel' : 'refuse',
  };
}

/**
 * The coin and bill calculator: how many of each denomination (as typed; empty is none) →
 * the cash total and the breakdown for the notes, by core's `countCash`. A count that is not a
 * whole number is refused with the denomination it is for.
 */
export function countDrawer(
  denominations: readonly string[],
  typed: Readonly<Record<string, string>>,
  decimals: number,
): { ok: true; total: string; notes: string } | { ok: false; denomination: string } {
  const counts = [];
  for (const value of denominations) {
    const text = (typed[value] ?? '').trim();
    const count = text === '' ? 0 : Number(text);
    if (!/^\d*$/.test(text) || !Number.isSafeInteger(count)) return { ok: false, denomination: value };
    counts.push({ value: dec(value), count });
  }
  const r = countCash(counts, decimals);
  if (!r.ok) return { ok: false, denomination: r.error.value.toString() };
  return { ok: true, total: r.value.total.toFixed(decimals), notes: r.value.notes };
}
