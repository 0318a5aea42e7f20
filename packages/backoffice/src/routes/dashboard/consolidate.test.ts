import { describe, expect, it } from 'vitest';
import type { DashboardShop } from './api.ts';
import { consolidateToday } from './consolidate.ts';

const shop = (
  id: number,
  currency: string,
  total: string,
  orders: number,
  open = false,
  rescue = 0,
): DashboardShop => ({
  id,
  name: `Shop ${id}`,
  currency,
  session: open
    ? {
        id,
        name: `S${id}`,
        state: 'opened',
        opened_at: null,
        opened_by_name: null,
        sellers: [],
        orders_count: orders,
        total,
      }
    : null,
  open_rescue_sessions: rescue,
  today: { orders, total, currency },
});

describe('consolidateToday', () => {
  it('adds shops of one currency exactly', () => {
    const t = consolidateToday([shop(1, 'EUR', '0.10', 1, true), shop(2, 'EUR', '0.20', 2, false, 1)]);
    expect(t.byCurrency).toEqual([{ currency: 'EUR', total: '0.30', orders: 3 }]);
    expect(t.openTills).toBe(1);
    expect(t.rescueSessions).toBe(1);
  });

  it('keeps currencies apart', () => {
    const t = consolidateToday([
      shop(1, 'EUR', '12.50', 1),
      shop(2, 'JPY', '1200', 3),
      shop(3, 'EUR', '1.00', 1),
    ]);
    expect(t.byCurrency).toEqual([
      { currency: 'EUR', total: '13.50', orders: 2 },
      { currency: 'JPY', total: '1200', orders: 3 },
    ]);
  });

  it('no shop: nothing to add', () => {
    expect(consolidateToday([])).toEqual({ byCurrency: [], openTills: 0, rescueSessions: 0 });
  });
});
