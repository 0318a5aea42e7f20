import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database, Queryable, Transaction } from '../../db/database.ts';
import {
  customers,
  orders,
  pricelistRules,
  pricelists,
  shopPricelists,
  shops,
} from '../../db/schema/index.ts';
import type { ListQuery } from '../../http/list-query.ts';
import { archivedFilter, listPage, rowsByIds, searchFilter } from '../list.ts';
import { refuse } from '../refusal.ts';
import { plural, usage } from '../usages.ts';
import { removeUnused, writeRecord } from '../write.ts';
import { basedOnItself, ruleProblem } from './rule-checks.ts';
import type { NewPricelist, Pricelist, PricelistChanges, RuleInput } from './schemas.ts';

async function load(db: Queryable, ids: number[]): Promise<Pricelist[]> {
  const [rows, rules] = await Promise.all([
    rowsByIds(db, pricelists, pricelists.id, ids),
    ids.length
      ? db
          .select()
          .from(pricelistRules)
          .where(inArray(pricelistRules.pricelist_id, ids))
          .orderBy(asc(pricelistRules.sequence), asc(pricelistRules.id))
      : [],
  ]);
  return rows.map((p) => ({
    ...p,
    rules: rules
      .filter((r) => r.pricelist_id === p.id)
      .map(({ pricelist_id: _p, created_at: _c, updated_at: _u, ...r }) => r),
  }));
}

export const findPricelist = async (db: Queryable, id: number) => (await load(db, [id]))[0];

export const listPricelists = (db: Queryable, query: ListQuery) =>
  listPage(
    db,
    {
      table: pricelists,
      id: pricelists.id,
      where: and(archivedFilter(pricelists.active, query.archived), searchFilter(query.q, [pricelists.name])),
      order: [asc(pricelists.sequence), asc(pricelists.name), asc(pricelists.id)],
      load,
    },
    query,
  );

/** The first problem of the rules: a missing target, a date order, a pricelist based on itself. */
async function rulesRefusal(
  tx: Transaction,
  id: number | undefined,
  rules: readonly RuleInput[] | undefined,
) {
  if (!rules) return undefined;
  for (const [i, rule] of rules.entries()) {
    const problem = ruleProblem(rule, i, id);
    if (problem) return refuse({ code: 'invalid', ...problem });
  }
  const bases = rules.map((r) => r.base_pricelist_id).filter((b): b is number => b != null);
  if (id === undefined || bases.length === 0) return undefined;
  const stored = await tx
    .select({ from: pricelistRules.pricelist_id, to: pricelistRules.base_pricelist_id })
    .from(pricelistRules)
    .where(isNotNull(pricelistRules.base_pricelist_id));
  const basesOf = new Map<number, number[]>();
  for (const s of stored) if (s.from !== id) basesOf.set(s.from, [...(basesOf.get(s.from) ?? []), s.to!]);
  if (!basedOnItself(id, bases, basesOf)) return undefined;
  const index = rules.findIndex(
    (r) => r.base_pricelist_id != null && basedOnItself(id, [r.base_pricelist_id], basesOf),
  );
  return refuse({
    code: 'invalid',
    field: `rules.${index}.base_pricelist_id`,
    message: 'would base the pricelist on itself through other pricelists',
  });
}

async function setRules(tx: Transaction, id: number, rules: readonly RuleInput[] | undefined) {
  if (rules === undefined) return;
  await tx.delete(pricelistRules).where(eq(pricelistRules.pricelist_id, id));
  if (rules.length)
    await tx.insert(pricelistRules).values(
      rules.map(({ date_start, date_end, ...r }) => ({
        ...r,
        pricelist_id: id,
        date_start: date_start ? new Date(date_start) : null,
        date_end: date_end ? new Date(date_end) : null,
      })),
    );
}

export const createPricelist = (db: Database, input: NewPricelist) =>
  writeRecord(
    db,
    async (tx) => {
      const { rules, ...fields } = input;
      const refused = await rulesRefusal(tx, undefined, rules);
      if (refused) return refused;
      const [row] = await tx.insert(pricelists).values(fields).returning({ id: pricelists.id });
      await setRules(tx, row!.id, rules);
      return row!.id;
    },
    findPricelist,
  );

/** Changes the fields given; `rules` given replace the set (tills load them whole). */
export const updatePricelist = (db: Database, id: number, changes: PricelistChanges) =>
  writeRecord(
    db,
    async (tx) => {
      const { rules, ...fields } = changes;
      const refused = await rulesRefusal(tx, id, rules);
      if (refused) return refused;
      const [row] = await tx
        .update(pricelists)
        .set({ ...fields, updated_at: sql`now()` })
        .where(eq(pricelists.id, id))
        .returning({ id: pricelists.id });
      if (!row) return undefined;
      await setRules(tx, id, rules);
      return id;
    },
    findPricelist,
  );

/** Used by orders, shops, customers, or as the base of other pricelists' rules. */
const USAGES = [
  usage(
    orders,
    (id) => eq(orders.pricelist_id, id),
    (n) => `used by ${plural(n, 'order')}`,
  ),
  usage(
    shops,
    (id) => eq(shops.default_pricelist_id, id),
    (n) => `the default of ${plural(n, 'shop')}`,
  ),
  usage(
    shopPricelists,
    (id) => eq(shopPricelists.pricelist_id, id),
    (n) => `offered by ${plural(n, 'shop')}`,
  ),
  usage(
    customers,
    (id) => eq(customers.pricelist_id, id),
    (n) => `set on ${plural(n, 'customer')}`,
  ),
  usage(
    pricelistRules,
    (id) => eq(pricelistRules.base_pricelist_id, id),
    (n) => `the base of ${plural(n, 'other pricelist')}`,
    sql`${pricelistRules.pricelist_id}`,
  ),
];

export const deletePricelist = (db: Database, id: number) =>
  removeUnused(db, { table: pricelists, id: pricelists.id }, id, USAGES);
