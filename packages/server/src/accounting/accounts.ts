import type { EntryAccounts } from '@till/core';

/**
 * The accounts a session's entry uses when the catalog names none (a French-style plan; a shop sets
 * its own codes on products, taxes and payment methods).
 */
export const DEFAULT_ACCOUNTS = {
  income: '707000',
  tax: '445700',
  receivable: { cash: '530000', bank: '511000', pay_later: '411000' },
} as const;

export const ENTRY_ACCOUNTS: EntryAccounts = {
  rounding: '658100',
  cashDifferenceLoss: '658000',
  cashDifferenceGain: '758000',
  ordersToReview: '471000',
};
