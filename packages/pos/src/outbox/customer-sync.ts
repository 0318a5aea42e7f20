import type { TillApi } from '../api/till-api.ts';
import type { CustomerFields } from '../api/types.ts';
import type { ApiFailure } from '../api/http.ts';
import type { LocalCustomer, TillDb } from '../db/till-db.ts';

export const customerFields = (c: LocalCustomer['fields']): CustomerFields => ({
  name: c.name,
  email: c.email,
  phone: c.phone,
  street: c.street,
  city: c.city,
  zip: c.zip,
  country: c.country,
  tax_id: c.tax_id,
});

export type CustomerSyncResult =
  { readonly ok: true; readonly sent: number } | { readonly ok: false; readonly failure: ApiFailure };

/**
 * Sends the customers created or edited on this device: a new one by its uid (the server makes it
 * once however often it is sent), a known one by its id. Stops at the first failure.
 */
export async function sendWaitingCustomers(db: TillDb, api: TillApi, now: Date): Promise<CustomerSyncResult> {
  const waiting = await db.localCustomers.where('state').equals('waiting').toArray();
  let sent = 0;
  for (const local of waiting) {
    const fields = customerFields(local.fields);
    const answer =
      local.id === null
        ? await api.createCustomer(local.shop_id, local.uid, fields)
        : await api.updateCustomer(local.id, fields);
    if (!answer.ok) {
      // Retrying cannot help a body the server refuses (400) or a customer it no longer has (404,
      // deleted in the back office): keep the change with its error and send the rest.
      if (answer.error.type === 'http' && (answer.error.status === 400 || answer.error.status === 404)) {
        await db.localCustomers.put({
          ...local,
          last_error: answer.error.message,
          updated_at: now.toISOString(),
        });
        continue;
      }
      return { ok: false, failure: answer.error };
    }
    const customer = answer.value.customer;
    await db.transaction('rw', db.localCustomers, db.customers, async () => {
      const current = await db.localCustomers.get(local.uid);
      // Edited again while this was on its way: send again, with the id now known.
      const state = current && current.updated_at !== local.updated_at ? 'waiting' : 'sent';
      await db.localCustomers.put({ ...(current ?? local), id: customer.id, state, last_error: null });
      await db.customers.put(customer);
    });
    sent++;
  }
  return { ok: true, sent };
}

/** Device customer uid → the id the server gave it. */
export async function knownCustomerIds(db: TillDb): Promise<Map<string, number>> {
  const all = await db.localCustomers.toArray();
  return new Map(all.filter((c) => c.id !== null).map((c) => [c.uid, c.id as number]));
}
