import type { TillDataRecord } from '@till/core';
import type { TillApi } from '../api/till-api.ts';
import { writeDevice } from '../db/device-state.ts';
import { LOADED_TABLES, type TillDb } from '../db/till-db.ts';
import { readNdjson } from './ndjson.ts';
import { readTillDataRecord } from './till-data-record.ts';

export interface LoadProgress {
  readonly products_loaded: number;
  readonly products_total: number;
  readonly customers_loaded: number;
  readonly customers_total: number;
  /** True once everything but later product and customer pages is in: the cashier may sell. */
  readonly ready: boolean;
  readonly done: boolean;
}

export type LoadOutcome =
  | { readonly ok: true; readonly version: string; readonly full: boolean }
  | { readonly ok: false; readonly offline: boolean; readonly error: string };

export interface LoadOptions {
  readonly api: TillApi;
  readonly db: TillDb;
  readonly shopId: number;
  /** The version of the last complete load on this device, for a delta; null for everything. */
  readonly since: string | null;
  /** Each record, after it is stored: the in-memory catalog follows along. */
  readonly onRecord: (record: TillDataRecord) => void;
  readonly onProgress: (progress: LoadProgress) => void;
  readonly signal?: AbortSignal;
}

/**
 * Loads what the till needs to sell from `GET /api/shops/:id/load`, stores each record in IndexedDB
 * as it arrives and reports progress. A full load replaces the shop's data; a delta (`since`)
 * updates and removes. The loaded version is written only at `end`, so an interrupted load is
 * redone in full next time rather than leaving holes.
 */
export async function loadTillData(options: LoadOptions): Promise<LoadOutcome> {
  const { api, db, shopId } = options;
  const query = options.since ? `?since=${encodeURIComponent(options.since)}` : '';
  const response = await api.http.stream(`/api/shops/${shopId}/load${query}`, options.signal);
  if (!response.ok) {
    const f = response.error;
    return { ok: false, offline: f.type === 'network', error: f.message };
  }
  const body = response.value.body;
  if (!body) return { ok: false, offline: false, error: 'The server sent an empty load.' };

  let progress: LoadProgress = {
    products_loaded: 0,
    products_total: 0,
    customers_loaded: 0,
    customers_total: 0,
    ready: false,
    done: false,
  };
  const report = (changes: Partial<LoadProgress>) => {
    progress = { ...progress, ...changes };
    options.onProgress(progress);
  };
  let full = options.since === null;
  try {
    for await (const value of readNdjson(body)) {
      const read = readTillDataRecord(value);
      if (!read.ok)
        return {
          ok: false,
          offline: false,
          error: `The load from the server is not readable: ${read.error}.`,
        };
      const record = read.record;
      if (record.type === 'meta') full = record.since === null;
      await storeRecord(db, record, full);
      options.onRecord(record);
      switch (record.type) {
        case 'meta':
          report({ products_total: record.products_total, customers_total: record.customers_total });
          break;
        case 'products':
          report({ products_loaded: progress.products_loaded + record.items.length, ready: true });
          break;
        case 'customers':
          report({ customers_loaded: progress.customers_loaded + record.items.length, ready: true });
          break;
        case 'end':
          await writeDevice(db, 'loaded', { shop_id: shopId, version: record.version, complete: true });
          report({ ready: true, done: true });
          return { ok: true, version: record.version, full };
        default:
          break;
      }
    }
  } catch (e) {
    const aborted = e instanceof Error && e.name === 'AbortError';
    return {
      ok: false,
      offline: !aborted,
      error: aborted
        ? 'The load was stopped.'
        : `The load was cut off: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return { ok: false, offline: true, error: 'The load was cut off before its end.' };
}

async function storeRecord(db: TillDb, record: TillDataRecord, full: boolean): Promise<void> {
  switch (record.type) {
    case 'meta':
      if (full) {
        await db.transaction('rw', [...LOADED_TABLES.map((t) => db[t]), db.kv], async () => {
          await Promise.all(LOADED_TABLES.map((t) => db[t].clear()));
          await db.kv.delete('loaded');
        });
      }
      return;
    case 'shop':
      return writeDevice(db, 'shop', record.shop);
    case 'categories':
      return void (await db.categories.bulkPut([...record.items]));
    case 'taxes':
      return void (await db.taxes.bulkPut([...record.items]));
    case 'fiscal_positions':
      return void (await db.fiscalPositions.bulkPut([...record.items]));
    case 'pricelists':
      return void (await db.pricelists.bulkPut([...record.items]));
    case 'payment_methods':
      return void (await db.paymentMethods.bulkPut([...record.items]));
    case 'employees':
      return void (await db.employees.bulkPut([...record.items]));
    case 'products':
      return void (await db.products.bulkPut([...record.items]));
    case 'customers':
      return void (await db.customers.bulkPut([...record.items]));
    case 'removed':
      await db.products.bulkDelete([...record.products]);
      await db.customers.bulkDelete([...record.customers]);
      return;
    case 'end':
      return;
  }
}
