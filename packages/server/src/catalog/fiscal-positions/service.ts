import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Queryable, Transaction } from '../../db/database.ts';
import {
  customers,
  fiscalPositions,
  fiscalPositionTaxes,
  orders,
  shopFiscalPositions,
  shops,
} from '../../db/schema/index.ts';
import type { ListQuery } from '../../http/list-query.ts';
import { archivedFilter, listPage, rowsByIds, searchFilter } from '../list.ts';
import { refuse } from '../refusal.ts';
import { plural, usage } from '../usages.ts';
import { removeUnused, writeRecord } from '../write.ts';
import type { FiscalPosition, FiscalPositionChanges, NewFiscalPosition } from './schemas.ts';

async function load(db: Queryable, ids: number[]): Promise<FiscalPosition[]> {
  const [rows, maps] = await Promise.all([
    rowsByIds(db, fiscalPositions, fiscalPositions.id, ids),
    ids.length
      ? db
          .select()
          .from(fiscalPositionTaxes)
          .where(inArray(fiscalPositionTaxes.fiscal_position_id, ids))
          .orderBy(asc(fiscalPositionTaxes.id))
      : [],
  ]);
  return rows.map((f) => ({
    ...f,
    tax_mappings: maps
      .filter((m) => m.fiscal_position_id === f.id)
      .map((m) => ({ tax_src_id: m.tax_src_id, tax_dest_id: m.tax_dest_id })),
  }));
}

export const findFiscalPosition = async (db: Queryable, id: number) => (await load(db, [id]))[0];

export const listFiscalPositions = (db: Queryable, query: ListQuery) =>
  listPage(
    db,
    {
      table: fiscalPositions,
      id: fiscalPositions.id,
      where: and(
        archivedFilter(fiscalPositions.active, query.archived),
        searchFilter(query.q, [fiscalPositions.name, fiscalPositions.note]),
      ),
      order: [asc(fiscalPositions.name), asc(fiscalPositions.id)],
      load,
    },
    query,
  );

type Mapping = FiscalPosition['tax_mappings'][number];

/** The same mapping twice would be refused by the database with a less useful message. */
function duplicateMapping(mappings: readonly Mapping[] | undefined) {
  const seen = new Set<string>();
  for (const [i, m] of (mappings ?? []).entries()) {
    const key = `${m.tax_src_id}>${m.tax_dest_id}`;
    if (seen.has(key))
      return refuse({
        code: 'invalid',
        field: `tax_mappings.${i}`,
        message: 'This tax mapping is listed twice.',
      });
    seen.add(key);
  }
  return undefined;
}

async function setMappings(tx: Transaction, id: number, mappings: readonly Mapping[] | undefined) {
  if (mappings === undefined) return;
  await tx.delete(fiscalPositionTaxes).where(eq(fiscalPositionTaxes.fiscal_position_id, id));
  if (mappings.length)
    await tx.insert(fiscalPositionTaxes).values(mappings.map((m) => ({ fiscal_position_id: id, ...m })));
}

export const createFiscalPosition = (db: Database, input: NewFiscalPosition) =>
  writeRecord(
    db,
    async (tx) => {
      const { tax_mappings, ...fields } = input;
      const refused = duplicateMapping(tax_mappings);
      if (refused) return refused;
      const [row] = await tx.insert(fiscalPositions).values(fields).returning({ id: fiscalPositions.id });
      await setMappings(tx, row!.id, tax_mappings);
      return row!.id;
    },
    findFiscalPosition,
  );

/** Changes the fields given; `tax_mappings` given replace the set. */
export const updateFiscalPosition = (db: Database, id: number, changes: FiscalPositionChanges) =>
  writeRecord(
    db,
    async (tx) => {
      const { tax_mappings, ...fields } = changes;
      const refused = duplicateMapping(tax_mappings);
      if (refused) return refused;
      const [row] = await tx
        .update(fiscalPositions)
        .set({ ...fields, updated_at: sql`now()` })
        .where(eq(fiscalPositions.id, id))
        .returning({ id: fiscalPositions.id });
      if (!row) return undefined;
      await setMappings(tx, id, tax_mappings);
      return id;
    },
    findFiscalPosition,
  );

/** Applied on orders, a shop's default or offered by a shop, a customer's: archive instead. */
const USAGES = [
  usage(
    orders,
    (id) => eq(orders.fiscal_position_id, id),
    (n) => `applied on ${plural(n, 'order')}`,
  ),
  usage(
    shops,
    (id) => eq(shops.default_fiscal_position_id, id),
    (n) => `the default of ${plural(n, 'shop')}`,
  ),
  usage(
    shopFiscalPositions,
    (id) => eq(shopFiscalPositions.fiscal_position_id, id),
    (n) => `offered by ${plural(n, 'shop')}`,
  ),
  usage(
    customers,
    (id) => eq(customers.fiscal_position_id, id),
    (n) => `set on ${plural(n, 'customer')}`,
  ),
];

export const deleteFiscalPosition = (db: Database, id: number) =>
  removeUnused(db, { table: fiscalPositions, id: fiscalPositions.id }, id, USAGES);
