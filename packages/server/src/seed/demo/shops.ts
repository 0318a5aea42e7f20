import type { Transaction } from '../../db/database.ts';
import { diningTables, floors, paymentMethods, shopPaymentMethods, shops } from '../../db/schema/index.ts';
import { setShopLinks } from '../../shops/queries.ts';
import type { DemoPricelists } from './pricelists.ts';

const EURO_DENOMINATIONS = [
  '0.01',
  '0.02',
  '0.05',
  '0.10',
  '0.20',
  '0.50',
  '1',
  '2',
  '5',
  '10',
  '20',
  '50',
  '100',
  '200',
];

export interface DemoShops {
  readonly boutiqueId: number;
  readonly restaurantId: number;
}

/** Boutique (a shop) and Restaurant (tables, tips, cash rounding to 0.05 when paying cash). */
export async function seedDemoShops(
  tx: Transaction,
  pricing: DemoPricelists,
  takeAwayId: number,
): Promise<DemoShops> {
  const [boutique, restaurant] = await tx
    .insert(shops)
    .values([
      {
        name: 'Boutique',
        max_closing_difference: '5',
        receipt_header: 'Till Boutique\n12 rue de la Paix, 75002 Paris',
        receipt_footer: 'Thank you for your visit!',
        default_pricelist_id: pricing.publicId,
        denominations: EURO_DENOMINATIONS,
      },
      {
        name: 'Restaurant',
        max_closing_difference: '10',
        receipt_header: 'Le Petit Till\nBistrot',
        receipt_footer: 'Service included. À bientôt !',
        restaurant_mode: true,
        tips_enabled: true,
        cash_rounding: true,
        cash_rounding_precision: '0.05',
        cash_rounding_method: 'HALF-UP',
        cash_rounding_strategy: 'add_line',
        cash_rounding_cash_only: true,
        stock_update: 'closing',
        default_pricelist_id: pricing.publicId,
        allow_price_change: false,
        denominations: EURO_DENOMINATIONS,
      },
    ])
    .returning({ id: shops.id });
  await setShopLinks(tx, boutique!.id, {
    pricelist_ids: [pricing.publicId, pricing.membersId],
    fiscal_position_ids: [],
  });
  await setShopLinks(tx, restaurant!.id, {
    pricelist_ids: [pricing.publicId, pricing.membersId],
    fiscal_position_ids: [takeAwayId],
  });
  const methods = await tx
    .insert(paymentMethods)
    .values([
      { name: 'Cash', kind: 'cash', receivable_account_code: '530000', sequence: 1 },
      { name: 'Card', kind: 'bank', receivable_account_code: '511000', sequence: 2 },
      { name: 'Customer Account', kind: 'pay_later', receivable_account_code: '411000', sequence: 3 },
    ])
    .returning({ id: paymentMethods.id });
  for (const shop of [boutique!, restaurant!])
    await tx
      .insert(shopPaymentMethods)
      .values(methods.map((m) => ({ shop_id: shop.id, payment_method_id: m.id })));
  await seedFloorPlan(tx, restaurant!.id);
  return { boutiqueId: boutique!.id, restaurantId: restaurant!.id };
}

/** Main room: 8 square tables in two rows; Terrace: 4 round tables. */
async function seedFloorPlan(tx: Transaction, shopId: number): Promise<void> {
  const [main, terrace] = await tx
    .insert(floors)
    .values([
      { shop_id: shopId, name: 'Main room', sequence: 1, background_color: '#f5efe6' },
      { shop_id: shopId, name: 'Terrace', sequence: 2, background_color: '#e8f3e8' },
    ])
    .returning({ id: floors.id });
  await tx.insert(diningTables).values([
    ...Array.from({ length: 8 }, (_, i) => ({
      floor_id: main!.id,
      name: String(i + 1),
      shape: 'square' as const,
      x: 60 + (i % 4) * 160,
      y: 60 + Math.floor(i / 4) * 180,
      width: 100,
      height: 100,
      seats: i % 4 === 3 ? 6 : 4,
    })),
    ...Array.from({ length: 4 }, (_, i) => ({
      floor_id: terrace!.id,
      name: `T${i + 1}`,
      shape: 'round' as const,
      x: 80 + i * 150,
      y: 100,
      width: 90,
      height: 90,
      seats: 2,
    })),
  ]);
}
