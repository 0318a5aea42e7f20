import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.ts';
import { useTestApp } from '../test/test-app.ts';

/**
 * Text that breaks naive SQL, LIKE patterns, JSON or encodings: every text field of every record
 * must store it and give it back byte for byte, and searching for it must find exactly it.
 */
const NASTY = `O'B "x"; DROP TABLE t;--5% _a_ \\' $1 😀ñ`;

/** A record type, the body that creates one, and its text fields. */
const RECORDS: { path: string; body: Record<string, unknown>; texts: string[]; searchable: boolean }[] = [
  {
    path: 'products',
    body: {},
    texts: ['name', 'internal_reference', 'income_account_code'],
    searchable: true,
  },
  { path: 'categories', body: {}, texts: ['name'], searchable: true },
  {
    path: 'taxes',
    body: { amount_type: 'percent', amount: '5' },
    texts: ['name', 'account_code'],
    searchable: true,
  },
  {
    path: 'payment-methods',
    body: { kind: 'bank' },
    texts: ['name', 'receivable_account_code'],
    searchable: true,
  },
  { path: 'fiscal-positions', body: {}, texts: ['name'], searchable: true },
  { path: 'pricelists', body: {}, texts: ['name'], searchable: true },
  {
    path: 'customers',
    body: {},
    texts: [
      'name',
      'phone',
      'street',
      'street2',
      'zip',
      'city',
      'state',
      'country_code',
      'tax_id',
      'barcode',
    ],
    searchable: true,
  },
  { path: 'employees', body: {}, texts: ['name'], searchable: true },
];

describe.each(testDatabases())('text fields on %s', (kind) => {
  const t = useTestApp(kind);

  it.each(RECORDS)(
    '$path: SQL and LIKE meta-characters are stored, returned and searched intact',
    async (r) => {
      await t.current.addUser({ login: 'admin', role: 'admin' });
      const admin = await t.current.login('admin');
      const body = {
        ...r.body,
        ...Object.fromEntries(
          r.texts.map((f) => [f, f === 'zip' ? NASTY.slice(0, 20) : NASTY]) /* zip holds 20 */,
        ),
      };
      const created = await t.current.call(admin, { method: 'POST', url: `/api/${r.path}`, payload: body });
      expect(created.statusCode, created.body).toBe(201);
      const { id } = created.json<{ id: number }>();
      const read = await t.current.call(admin, { method: 'GET', url: `/api/${r.path}/${id}` });
      for (const f of r.texts) expect(read.json<Record<string, unknown>>()[f], f).toBe(body[f]);

      // A neighbour whose name matches the pattern only if `%`/`_` were taken as wildcards.
      await t.current.call(admin, {
        method: 'POST',
        url: `/api/${r.path}`,
        payload: { ...r.body, name: `O'B "x"; DROP TABLE t;--5X Xa_ \\' $1 😀ñ` },
      });
      const found = await t.current.call(admin, {
        method: 'GET',
        url: `/api/${r.path}?q=${encodeURIComponent(NASTY)}`,
      });
      expect(found.statusCode, found.body).toBe(200);
      expect(found.json<{ items: { id: number }[] }>().items.map((i) => i.id)).toEqual([id]);
    },
  );
});
