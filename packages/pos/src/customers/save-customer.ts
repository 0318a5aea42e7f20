import type { TillCustomer } from '@till/core';
import type { Catalog } from '../catalog/catalog.ts';
import type { LocalCustomer, TillDb } from '../db/till-db.ts';

/** A customer as the till handles it: known to the server (`id`), or made on this device (`uid`). */
export interface CustomerRef {
  readonly id: number | null;
  readonly uid: string | null;
  readonly fields: TillCustomer;
}

export type CustomerForm = Pick<
  TillCustomer,
  'name' | 'email' | 'phone' | 'street' | 'city' | 'zip' | 'country' | 'tax_id'
>;

export const EMPTY_FORM: CustomerForm = {
  name: '',
  email: null,
  phone: null,
  street: null,
  city: null,
  zip: null,
  country: null,
  tax_id: null,
};

/**
 * Saves a customer created or edited at the till, offline too: it waits in IndexedDB until the
 * outbox sends it (a new one by its uid, so sending twice never makes two). An edited customer
 * known to the server shows its new details at once.
 */
export async function saveCustomer(
  db: TillDb,
  catalog: Catalog,
  input: { shopId: number; editing: CustomerRef | null; form: CustomerForm; newUid: () => string; now: Date },
): Promise<CustomerRef> {
  const base: TillCustomer = input.editing?.fields ?? {
    id: 0,
    ...EMPTY_FORM,
    barcode: null,
    pricelist_id: null,
    fiscal_position_id: null,
  };
  const fields: TillCustomer = { ...base, ...clean(input.form) };
  const id = input.editing?.id ?? null;
  const existing =
    id !== null
      ? await db.localCustomers.filter((c) => c.id === id).first()
      : input.editing?.uid
        ? await db.localCustomers.get(input.editing.uid)
        : undefined;
  const local: LocalCustomer = {
    uid: existing?.uid ?? input.editing?.uid ?? input.newUid(),
    id,
    shop_id: input.shopId,
    fields,
    state: 'waiting',
    updated_at: input.now.toISOString(),
    last_error: null,
  };
  await db.localCustomers.put(local);
  if (id !== null) catalog.putCustomer(fields);
  catalog.changed();
  return { id, uid: id === null ? local.uid : null, fields };
}

/** Customers made on this device that the server does not know yet, matching a search. */
export async function unsentCustomers(db: TillDb, query: string): Promise<CustomerRef[]> {
  const q = query.trim().toLowerCase();
  const all = await db.localCustomers.filter((c) => c.id === null).toArray();
  return all
    .filter(
      (c) =>
        q === '' || [c.fields.name, c.fields.email, c.fields.phone].some((v) => v?.toLowerCase().includes(q)),
    )
    .map((c) => ({ id: null, uid: c.uid, fields: c.fields }));
}

function clean(form: CustomerForm): CustomerForm {
  const opt = (v: string | null) => (v && v.trim() !== '' ? v.trim() : null);
  return {
    name: form.name.trim(),
    email: opt(form.email),
    phone: opt(form.phone),
    street: opt(form.street),
    city: opt(form.city),
    zip: opt(form.zip),
    country: opt(form.country),
    tax_id: opt(form.tax_id),
  };
}
