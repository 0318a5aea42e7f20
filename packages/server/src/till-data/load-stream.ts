import type { TillDataRecord } from '@till/core';
import { TILL_DATA_VERSION } from '@till/core';
import type { Transaction } from '../db/database.ts';
import { countRows, customerPage, productPage, removedSince, shopEmployees } from './pages.ts';
import {
  loadCategories,
  loadFiscalPositions,
  loadPaymentMethods,
  loadPricelists,
  loadShop,
  loadTaxes,
} from './records.ts';

/**
 * Everything a till needs for a shop, as the records of core's till-data.ts, read in one
 * transaction (the caller opens it repeatable read: one snapshot for the whole stream). The small
 * records come first so the till can sell while the product and customer pages still arrive.
 * With `since`, only what changed after that version, and what was removed.
 */
export async function* tillDataRecords(
  tx: Transaction,
  shopId: number,
  since: string | null,
): AsyncGenerator<TillDataRecord> {
  const shop = await loadShop(tx, shopId);
  if (!shop) return;
  const counts = await countRows(tx, since);
  yield {
    type: 'meta',
    format: TILL_DATA_VERSION,
    version: counts.version,
    since,
    products_total: counts.products,
    customers_total: counts.customers,
  };
  yield { type: 'shop', shop };
  yield { type: 'categories', items: await loadCategories(tx) };
  yield { type: 'taxes', items: await loadTaxes(tx) };
  yield { type: 'fiscal_positions', items: await loadFiscalPositions(tx, shop.fiscal_position_ids) };
  yield { type: 'pricelists', items: await loadPricelists(tx, shop.pricelist_ids) };
  yield { type: 'payment_methods', items: await loadPaymentMethods(tx, shopId) };
  yield { type: 'employees', items: await shopEmployees(tx, shopId) };
  for (let after = 0; ;) {
    const items = await productPage(tx, after, since);
    if (items.length === 0) break;
    yield { type: 'products', items };
    after = items[items.length - 1]!.id;
  }
  for (let after = 0; ;) {
    const items = await customerPage(tx, after, since);
    if (items.length === 0) break;
    yield { type: 'customers', items };
    after = items[items.length - 1]!.id;
  }
  if (since) yield { type: 'removed', ...(await removedSince(tx, since)) };
  yield { type: 'end', version: counts.version };
}
