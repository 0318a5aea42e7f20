import { dec } from '@till/core';

const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string, locale: string | undefined): Intl.NumberFormat | null {
  const key = `${locale ?? ''}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
        // The server already rounded to the shop's currency: show its decimals, never re-round.
        minimumFractionDigits: 0,
        maximumFractionDigits: 20,
      });
    } catch {
      return null;
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * A decimal string from the server ("1234.50") with its currency, as the locale writes it
 * ("€1,234.50"). The string is formatted as is, never through a float, so no cent is lost; its
 * decimals are kept (the server sends the currency's) unless `decimals` says how many to show.
 * An unknown currency code is written after.
 */
export function formatMoney(
  value: string | null | undefined,
  currency: string,
  locale?: string,
  decimals?: number,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  // Some answers carry the column's scale ("5.0000"): show the currency's decimals when known.
  const amount = decimals === undefined ? value : dec(value).toFixed(decimals);
  const format = currencyFormat(currency, locale);
  const shown = amount.split('.')[1]?.length ?? 0;
  if (!format) return `${groupDigits(amount, locale)} ${currency}`;
  // Intl formats a decimal string exactly (no float); keep the decimals of the string.
  const exact = new Intl.NumberFormat(locale, {
    ...format.resolvedOptions(),
    minimumFractionDigits: shown,
    maximumFractionDigits: shown,
  } as Intl.NumberFormatOptions);
  return exact.format(amount as unknown as number);
}

/** A quantity or plain decimal with the locale's grouping ("1,250.5"), exactly as sent. */
export function formatDecimal(value: string | null | undefined, locale?: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  return groupDigits(value, locale);
}

function groupDigits(value: string, locale: string | undefined): string {
  const decimals = value.split('.')[1]?.length ?? 0;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value as unknown as number);
}

/** Drops a decimal string's trailing zeros ("2.500" → "2.5", "3.000" → "3") for quantities. */
export function trimZeros(value: string): string {
  if (!value.includes('.')) return value;
  return value.replace(/\.?0+$/, '');
}

/** Whether a decimal string is zero ("0", "0.00", "-0.000"), without turning it into a float. */
export function isZeroAmount(value: string): boolean {
  return /^-?0*(\.0*)?$/.test(value);
}

/**
 * A unit price as sold (up to 6 decimals, "2.997000"): trailing zeros dropped, but never fewer
 * decimals than the currency has ("3.100000" → "3.10").
 */
export function unitPrice(value: string, decimals: number): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const [whole, frac = ''] = value.split('.');
  const kept = frac.replace(/0+$/, '').padEnd(decimals, '0');
  return kept ? `${whole}.${kept}` : whole!;
}
