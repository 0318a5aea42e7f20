import { dec, sum } from '@till/core';
import type { DashboardShop } from './api.ts';

export interface TodayTotals {
  /** One line per currency, in the order shops first use it: shops of different currencies never add up. */
  readonly byCurrency: readonly { currency: string; total: string; orders: number }[];
  readonly openTills: number;
  readonly rescueSessions: number;
}

/** Today over every shop, summed exactly (decimal strings), kept apart per currency. */
export function consolidateToday(shops: readonly DashboardShop[]): TodayTotals {
  const currencies = [...new Set(shops.map((s) => s.today.currency))];
  return {
    byCurrency: currencies.map((currency) => {
      const mine = shops.filter((s) => s.today.currency === currency);
      // Keep the most decimals sent (the currency's), so "12.50" + "1.00" reads "13.50".
      const places = Math.max(0, ...mine.map((s) => s.today.total.split('.')[1]?.length ?? 0));
      return {
        currency,
        total: sum(mine.map((s) => dec(s.today.total))).toFixed(places),
        orders: mine.reduce((n, s) => n + s.today.orders, 0),
      };
    }),
    openTills: shops.filter((s) => s.session !== null).length,
    rescueSessions: shops.reduce((n, s) => n + s.open_rescue_sessions, 0),
  };
}
