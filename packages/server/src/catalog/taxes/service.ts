import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database, Queryable, Transaction } from '../../db/database.ts';
import { fiscalPositionTaxes, orderLines, productTaxes, taxChildren, taxes } from '../../db/schema/index.ts';
import type { ListQuery } from '../../http/list-query.ts';
import { archivedFilter, listPage, rowsByIds, searchFilter } from '../list.ts';
import { refuse } from '../refusal.ts';
import { plural, usage } from '../usages.ts';
import { removeUnused, writeRecord } from '../write.ts';
import type { NewTax, Tax, TaxChanges } from './schemas.ts';

async function load(db: Queryable, ids: number[]): Promise<Tax[]> {
  const [rows, children] = await Promise.all([
    rowsByIds(db, taxes, taxes.id, ids),
    ids.length
      ? db
          .select()
          .from(taxChildren)
          .where(inArray(taxChildren.parent_tax_id, ids))
          .orderBy(asc(taxChildren.sequence))
      : [],
  ]);
  return rows.map((t) => ({
    ...t,
    children_tax_ids: children.filter((c) => c.parent_tax_id === t.id).map((c) => c.child_tax_id),
  }));
}

export const findTax = async (db: Queryable, id: number) => (await load(db, [id]))[0];

export const listTaxes = (db: Queryable, query: ListQuery) =>
  listPage(
    db,
    {
      table: taxes,
      id: taxes.id,
      where: and(archivedFilter(taxes.active, query.archived), searchFilter(query.q, [taxes.name])),
      order: [asc(taxes.sequence), asc(taxes.name), asc(taxes.id)],
      load,
    },
    query,
  );

/** A group's children, in the order given; a group cannot hold itself. */
async function setChildren(tx: Transaction, id: number, childIds: readonly number[] | undefined) {
  if (childIds === undefined) return;
  await tx.delete(taxChildren).where(eq(taxChildren.parent_tax_id, id));
  if (childIds.length)
    await tx
      .insert(taxChildren)
      .values(childIds.map((child_tax_id, i) => ({ parent_tax_id: id, child_tax_id, sequence: i + 1 })));
}

const selfChild = (id: number, childIds?: readonly number[]) =>
  childIds?.includes(id)
    ? refuse({ code: 'invalid', field: 'children_tax_ids', message: 'A tax group cannot contain itself.' })
    : undefined;

export const createTax = (db: Database, input: NewTax) =>
  writeRecord(
    db,
    async (tx) => {
      const { children_tax_ids, ...fields } = input;
      const [row] = await tx.insert(taxes).values(fields).returning({ id: taxes.id });
      await setChildren(tx, row!.id, children_tax_ids);
      return row!.id;
    },
    findTax,
  );

export const updateTax = (db: Database, id: number, changes: TaxChanges) =>
  writeRecord(
    db,
    async (tx) => {
      const { children_tax_ids, ...fields } = changes;
      const refused = selfChild(id, children_tax_ids);
      if (refused) return refused;
      const [row] = await tx
        .update(taxes)
        .set({ ...fields, updated_at: sql`now()` })
        .where(eq(taxes.id, id))
        .returning({ id: taxes.id });
      if (!row) return undefined;
      await setChildren(tx, id, children_tax_ids);
      return id;
    },
    findTax,
  );

/** On products, in groups, in fiscal positions, or applied on sold lines (kept as ids in JSON). */
const USAGES = [
  usage(
    productTaxes,
    (id) => eq(productTaxes.tax_id, id),
    (n) => `on ${plural(n, 'product')}`,
  ),
  usage(
    taxChildren,
    (id) => eq(taxChildren.child_tax_id, id),
    (n) => `in ${plural(n, 'tax group')}`,
  ),
  usage(
    fiscalPositionTaxes,
    (id) => or(eq(fiscalPositionTaxes.tax_src_id, id), eq(fiscalPositionTaxes.tax_dest_id, id))!,
    (n) => `mapped by ${plural(n, 'fiscal position')}`,
    sql`${fiscalPositionTaxes.fiscal_position_id}`,
  ),
  usage(
    orderLines,
    (id) => sql`${orderLines.tax_ids} @> ${JSON.stringify([id])}::jsonb`,
    (n) => `applied in ${plural(n, 'order')}`,
    sql`${orderLines.order_id}`,
  ),
];

export const deleteTax = (db: Database, id: number) =>
  removeUnused(db, { table: taxes, id: taxes.id }, id, USAGES);
