import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TillDb } from '../db/till-db.ts';
import { cafeCatalog } from '../test-support/catalog-fixture.ts';
import { EMPTY_FORM, saveCustomer, unsentCustomers } from './save-customer.ts';

const db = new TillDb('customers-test');
afterEach(async () => {
  await db.localCustomers.clear();
});

describe('saveCustomer', () => {
  const now = new Date('2025-03-01T10:00:00Z');

  it('a new customer waits on the device with its uid, and is found before the server knows it', async () => {
    const catalog = cafeCatalog();
    const saved = await saveCustomer(db, catalog, {
      shopId: 1,
      editing: null,
      form: { ...EMPTY_FORM, name: ' Linus ', email: ' ' },
      newUid: () => 'c-1',
      now,
    });
    expect(saved).toMatchObject({ id: null, uid: 'c-1', fields: { name: 'Linus', email: null } });
    expect(await db.localCustomers.get('c-1')).toMatchObject({ state: 'waiting', id: null });
    expect((await unsentCustomers(db, 'lin')).map((c) => c.fields.name)).toEqual(['Linus']);
    // Edited again before it was sent: the same record, not a second customer.
    await saveCustomer(db, catalog, {
      shopId: 1,
      editing: saved,
      form: { ...EMPTY_FORM, name: 'Linus T.' },
      newUid: () => 'c-2',
      now,
    });
    expect(await db.localCustomers.count()).toBe(1);
  });

  it('an edited server customer shows its new details at once and waits to be sent', async () => {
    const catalog = cafeCatalog();
    const grace = catalog.customers.get(7)!;
    await saveCustomer(db, catalog, {
      shopId: 1,
      editing: { id: 7, uid: null, fields: grace },
      form: { ...EMPTY_FORM, name: 'Grace H.' },
      newUid: () => 'e-1',
      now,
    });
    expect(catalog.customers.get(7)?.name).toBe('Grace H.');
    expect(catalog.customers.get(7)?.barcode).toBe(grace.barcode);
    expect(await db.localCustomers.get('e-1')).toMatchObject({ id: 7, state: 'waiting' });
  });
});
