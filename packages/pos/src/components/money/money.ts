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

/** An amount as the cashier reads it: core's `formatAmount` (currency decimals) and the symbol. */
export function showMoney(amount: Decimal | string, currency: Currency): string {
  return `${currencySymbol(currency.code)} ${formatAmount(typeof amount === 'string' ? dec(amount) : amount, currency)}`;
}

/** A quantity without trailing zeros: 1, 0.25, -2. */
export function showQty(qty: string): string {
  const d = dec(qty);
  return d.toString();
}
