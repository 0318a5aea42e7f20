import { dec, formatAmount, type Currency, type Decimal } from '@till/core';

const symbols = new Map<string, string>();

/** The currency's symbol for display (€, $, CHF), from the browser's locale data. */
export function currencySymbol(code: string): string {
  let symbol = symbols.get(code);
  if (symbol === undefined) {
    try {
      const parts = new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency: code,
        currencyDisplay: 'narrowSymbol',
      }).formatToParts(0);
      symbol = parts.find((p) => p.type === 'currency')?.value ?? code;
    } catch {
      symbol = code;
    }
    symbols.set(code, symbol);
  }
  return symbol;
}

/**
 * An amount as the cashier reads it: core's `formatAmount` (currency decimals) after the symbol,
 * a negative one with a true minus sign after the symbol too ("€ −7.70"), so every amount on a
 * screen or a receipt starts with the symbol and a refund never reads "€ -7.70".
 */
export function showMoney(amount: Decimal | string, currency: Currency): string {
  const text = formatAmount(typeof amount === 'string' ? dec(amount) : amount, currency);
  return `${currencySymbol(currency.code)} ${text.startsWith('-') ? `\u2212${text.slice(1)}` : text}`;
}

/** A quantity without trailing zeros: 1, 0.25, -2. */
export function showQty(qty: string): string {
  const d = dec(qty);
  return d.toString();
}
