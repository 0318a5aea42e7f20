import { asc, eq, sql } from 'drizzle-orm';
import type { Database, Queryable, Transaction } from '../../db/database.ts';
import { categories, pricelistRules, products } from '../../db/schema/index.ts';
import { pageOf, type ListQuery } from '../../http/list-query.ts';
import type { PageOf } from '../list.ts';
import { refuse } from '../refusal.ts';
import { plural, usage } from '../usages.ts';
import { removeUnused, writeRecord } from '../write.ts';
import type { Category, CategoryChanges, NewCategory } from './schemas.ts';
import { fullNames, makesCycle } from './tree.ts';

/** Every category with its full name, in tree order (by full name). A shop has hundreds at most. */
async function allCategories(db: Queryable): Promise<Category[]> {
  const rows = await db.select().from(categories).orderBy(asc(categories.sequence), asc(categories.id));
  const names = fullNames(rows);
  return rows
    .map((c) => ({ ...c, full_name: names.get(c.id)! }))
    .sort((a, b) => a.full_name.localeCompare(b.full_name) || a.id - b.id);
}

export const findCategory = async (db: Queryable, id: number) =>
  (await allCategories(db)).find((c) => c.id === id);

/**
 * Categories whose full name contains `q`. Categories have no archiving (nothing to hide: an
 * unused one is deleted), so `archived=only` finds none.
 */
export async function listCategories(db: Queryable, query: ListQuery): Promise<PageOf<Category>> {
  const { limit, offset } = pageOf(query);
  const q = query.q?.trim().toLowerCase();
  const matching =
    query.archived === 'only'
      ? []
      : (await allCategories(db)).filter((c) => !q || c.full_name.toLowerCase().includes(q));
  return { items: matching.slice(offset, offset + limit), total: matching.length, limit, offset };
}

/** Refuses a parent that is the category itself or one of its descendants. */
async function cycleRefusal(tx: Transaction, id: number, parentId: number | null | undefined) {
  if (parentId === undefined || parentId === null) return undefined;
  const rows = await tx
    .select({ id: categories.id, name: categories.name, parent_id: categories.parent_id })
    .from(categories);
  if (!makesCycle(rows, id, parentId)) return undefined;
  const names = fullNames(rows);
  return refuse({
    code: 'invalid',
    field: 'parent_id',
    message: `"${names.get(id)}" cannot go under "${names.get(parentId)}": that is the category itself or inside it.`,
  });
}

export const createCategory = (db: Database, input: NewCategory) =>
  writeRecord(
    db,
    async (tx) => (await tx.insert(categories).values(input).returning({ id: categories.id }))[0]!.id,
    findCategory,
  );

export const updateCategory = (db: Database, id: number, changes: CategoryChanges) =>
  writeRecord(
    db,
    async (tx) => {
      // One category change at a time, so two moves cannot make a cycle together.
      await tx.execute(sql`lock table ${categories} in share row exclusive mode`);
      const refused = await cycleRefusal(tx, id, changes.parent_id);
      if (refused) return refused;
      const [row] = await tx
        .update(categories)
        .set({ ...changes, updated_at: sql`now()` })
        .where(eq(categories.id, id))
        .returning({ id: categories.id });
      return row?.id;
    },
    findCategory,
  );

/** Subcategories, products and pricelist rules name a category. */
const USAGES = [
  usage(
    categories,
    (id) => eq(categories.parent_id, id),
    (n) => `the parent of ${plural(n, 'category', 'categories')}`,
  ),
  usage(
    products,
    (id) => eq(products.category_id, id),
    (n) => `the category of ${plural(n, 'product')}`,
  ),
  usage(
    pricelistRules,
    (id) => eq(pricelistRules.category_id, id),
    (n) => `named by ${plural(n, 'pricelist rule')}`,
  ),
];

export const deleteCategory = (db: Database, id: number) =>
  removeUnused(db, { table: categories, id: categories.id }, id, USAGES);
