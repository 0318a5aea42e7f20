import type { Transaction } from '../../db/database.ts';
import { fiscalPositions, fiscalPositionTaxes, taxes } from '../../db/schema/index.ts';
import type { DemoTaxKey } from './catalog-data.ts';

/**
 * VAT 20% included (most goods), 10% excluded (restaurant dishes), 5.5% included (food), and a
 * fixed eco-tax on electronics that comes first and is itself subject to VAT.
 */
export async function seedDemoTaxes(tx: Transaction): Promise<Record<DemoTaxKey, number>> {
  const rows = await tx
    .insert(taxes)
    .values([
      {
        name: 'VAT 20% (incl.)',
        amount_type: 'percent',
        amount: '20',
        price_include: true,
        sequence: 10,
        account_code: '445720',
      },
      {
        name: 'VAT 10%',
        amount_type: 'percent',
        amount: '10',
        price_include: false,
        sequence: 10,
        account_code: '445710',
      },
      {
        name: 'VAT 5.5% (incl.)',
        amount_type: 'percent',
        amount: '5.5',
        price_include: true,
        sequence: 10,
        account_code: '445705',
      },
      {
        name: 'Eco-tax',
        amount_type: 'fixed',
        amount: '0.5',
        include_base_amount: true,
        sequence: 1,
        account_code: '445800',
      },
    ])
    .returning({ id: taxes.id });
  const [vat20, vat10, vat55, eco] = rows.map((r) => r.id) as [number, number, number, number];
  return { vat20, vat10, vat55, eco };
}

/** "Take-away": the 20% VAT becomes 10%. */
export async function seedDemoFiscalPosition(
  tx: Transaction,
  taxIds: Record<DemoTaxKey, number>,
): Promise<number> {
  const [position] = await tx
    .insert(fiscalPositions)
    .values({ name: 'Take-away', note: 'Food and drinks taken away: 20% VAT becomes 10%.' })
    .returning({ id: fiscalPositions.id });
  await tx
    .insert(fiscalPositionTaxes)
    .values({ fiscal_position_id: position!.id, tax_src_id: taxIds.vat20, tax_dest_id: taxIds.vat10 });
  return position!.id;
}
