import type { Transaction } from '../../db/database.ts';
import { pricelistRules, pricelists } from '../../db/schema/index.ts';
import type { DemoCatalog } from './catalog.ts';

export interface DemoPricelists {
  readonly publicId: number;
  readonly membersId: number;
}

/**
 * "Public prices" (the default: 10 % off wine from 6 bottles) and "Members": a fixed price, a
 * percentage on a category, a bakery offer limited in time, and a formula on everything else
 * (5 % off the sales price, rounded to 0.05).
 */
export async function seedDemoPricelists(tx: Transaction, catalog: DemoCatalog): Promise<DemoPricelists> {
  const [pub, members] = await tx
    .insert(pricelists)
    .values([
      { name: 'Public prices', sequence: 1 },
      { name: 'Members', sequence: 2 },
    ])
    .returning({ id: pricelists.id });
  const category = (name: string) => catalog.categoryIds[name]!;
  const product = (name: string) => catalog.productIds[name]!;
  const year = new Date().getUTCFullYear();
  await tx.insert(pricelistRules).values([
    {
      pricelist_id: pub!.id,
      applied_on: 'category',
      category_id: category('Wine'),
      min_quantity: '6',
      compute_price: 'percentage',
      percent_price: '10',
      sequence: 1,
    },
    {
      pricelist_id: members!.id,
      applied_on: 'product',
      product_id: product('Espresso beans 1kg'),
      compute_price: 'fixed',
      fixed_price: '15.90',
      sequence: 1,
    },
    {
      pricelist_id: members!.id,
      applied_on: 'category',
      category_id: category('Drinks'),
      compute_price: 'percentage',
      percent_price: '10',
      sequence: 5,
    },
    {
      pricelist_id: members!.id,
      applied_on: 'category',
      category_id: category('Bakery'),
      compute_price: 'percentage',
      percent_price: '20',
      date_start: new Date(Date.UTC(year, 0, 1)),
      date_end: new Date(Date.UTC(year + 1, 11, 31, 23, 59, 59)),
      sequence: 6,
    },
    {
      pricelist_id: members!.id,
      applied_on: 'all',
      compute_price: 'formula',
      base: 'list_price',
      price_discount: '5',
      price_round: '0.05',
      price_min_margin: '0',
      sequence: 10,
    },
  ]);
  return { publicId: pub!.id, membersId: members!.id };
}
