import Dexie, { type EntityTable } from 'dexie';
import type {
  TillCategory,
  TillCustomer,
  TillEmployee,
  TillFiscalPosition,
  TillPaymentMethod,
  TillPricelist,
  TillProduct,
  TillTax,
} from '@till/core';
import type { TillOrder } from '../order/till-order.ts';

/** A customer created or edited on this device, waiting to reach the server. */
export interface LocalCustomer {
  readonly uid: string;
  /** Null until the server has given an id. */
  readonly id: number | null;
  readonly shop_id: number;
  readonly fields: TillCustomer;
  readonly state: 'waiting' | 'sent';
  readonly updated_at: string;
  readonly last_error: string | null;
}

/** A PIN verified online, kept as a slow salted hash so the same cashier can unlock offline. */
export interface PinHash {
  readonly employee_id: number;
  readonly salt: string;
  readonly hash: string;
  readonly iterations: number;
}

export interface KeyValue {
  readonly key: string;
  readonly value: unknown;
}

/**
 * The till's IndexedDB. Loaded data (catalog, customers…) is a copy of the server's; orders and
 * local customers are the device's own and are never cleared while something is not sent.
 * Transactions are strict (flushed to disk before they resolve): a paid order survives a power cut.
 */
export class TillDb extends Dexie {
  kv!: EntityTable<KeyValue, 'key'>;
  categories!: EntityTable<TillCategory, 'id'>;
  taxes!: EntityTable<TillTax, 'id'>;
  fiscalPositions!: EntityTable<TillFiscalPosition, 'id'>;
  pricelists!: EntityTable<TillPricelist, 'id'>;
  paymentMethods!: EntityTable<TillPaymentMethod, 'id'>;
  employees!: EntityTable<TillEmployee, 'id'>;
  products!: EntityTable<TillProduct, 'id'>;
  customers!: EntityTable<TillCustomer, 'id'>;
  localCustomers!: EntityTable<LocalCustomer, 'uid'>;
  orders!: EntityTable<TillOrder, 'uid'>;
  pinHashes!: EntityTable<PinHash, 'employee_id'>;

  constructor(name = 'till') {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      kv: 'key',
      categories: 'id',
      taxes: 'id',
      fiscalPositions: 'id',
      pricelists: 'id',
      paymentMethods: 'id',
      employees: 'id',
      products: 'id',
      customers: 'id',
      localCustomers: 'uid, state',
      orders: 'uid, session_id, sync_state, state',
      pinHashes: 'employee_id',
    });
  }
}

/** The tables that hold a copy of the server's data for one shop. */
export const LOADED_TABLES = [
  'categories',
  'taxes',
  'fiscalPositions',
  'pricelists',
  'paymentMethods',
  'employees',
  'products',
  'customers',
] as const;
