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

/** What the default accounts are called, for the journal shown in the back office. */
export const ACCOUNT_NAMES: Readonly<Record<string, string>> = {
  [DEFAULT_ACCOUNTS.income]: 'Sales of goods',
  [DEFAULT_ACCOUNTS.tax]: 'VAT collected',
  [DEFAULT_ACCOUNTS.receivable.cash]: 'Cash',
  [DEFAULT_ACCOUNTS.receivable.bank]: 'Card payments to collect',
  [DEFAULT_ACCOUNTS.receivable.pay_later]: 'Customers',
  [ENTRY_ACCOUNTS.rounding]: 'Cash rounding',
  [ENTRY_ACCOUNTS.cashDifferenceLoss]: 'Cash difference (loss)',
  [ENTRY_ACCOUNTS.cashDifferenceGain]: 'Cash difference (gain)',
  [ENTRY_ACCOUNTS.ordersToReview]: 'Orders to review',
};
