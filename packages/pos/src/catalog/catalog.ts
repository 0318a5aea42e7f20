import {
  categoryFromTill,
  indexTaxes,
  pricelistFromTill,
  taxFromTill,
  type Category,
  type Currency,
  type Pricelist,
  type TaxIndex,
  type TillCategory,
  type TillCustomer,
  type TillDataRecord,
  type TillEmployee,
  type TillFiscalPosition,
  type TillPaymentMethod,
  type TillPricelist,
  type TillProduct,
  type TillShop,
  type TillTax,
} from '@till/core';
import type { TillDb } from '../db/till-db.ts';
import { readDevice } from '../db/device-state.ts';
import { Emitter } from '../state/emitter.ts';
import { CategoryTree } from './category-tree.ts';
import { TextIndex } from './text-index.ts';

const productText = (p: TillProduct) => [p.name, p.default_code ?? '', ...p.barcodes].join(' ');
const customerText = (c: TillCustomer) =>
  [c.name, c.email ?? '', c.phone ?? '', c.city ?? '', c.barcode ?? '', c.tax_id ?? ''].join(' ');

/**
 * Everything loaded for the shop, in memory, with what selling needs ready to use: indexes for
 * search and barcodes, the category tree, and the core's types for taxes, pricelists and
 * categories. It follows the load record by record; `version` changes whenever it does.
 */
export class Catalog {
  readonly changes = new Emitter();
  version = 0;
  shop: TillShop | null = null;
  categoryTree = new CategoryTree([]);
  coreCategories: Category[] = [];
  taxes = new Map<number, TillTax>();
  taxIndex: TaxIndex = new Map();
  fiscalPositions = new Map<number, TillFiscalPosition>();
  pricelists = new Map<number, TillPricelist>();
  corePricelists: Pricelist[] = [];
  paymentMethods: TillPaymentMethod[] = [];
  employees: TillEmployee[] = [];
  readonly products = new Map<number, TillProduct>();
  readonly productIndex = new TextIndex();
  /** Barcodes as printed, internal references in lower case, to a product id. */
  readonly productCodes = new Map<string, number>();
  readonly customers = new Map<number, TillCustomer>();
  readonly customerIndex = new TextIndex();
  readonly customerBarcodes = new Map<string, number>();
  private categories = new Map<number, TillCategory>();

  get currency(): Currency {
    return this.shop?.currency ?? { code: 'EUR', decimals: 2 };
  }

  /** Reads what a previous load stored on this device (selling offline after a reload). */
  async hydrate(db: TillDb): Promise<void> {
    const [shop, categories, taxes, positions, pricelists, methods, employees, products, customers] =
      await Promise.all([
        readDevice(db, 'shop'),
        db.categories.toArray(),
        db.taxes.toArray(),
        db.fiscalPositions.toArray(),
        db.pricelists.toArray(),
        db.paymentMethods.toArray(),
        db.employees.toArray(),
        db.products.toArray(),
        db.customers.toArray(),
      ]);
    this.clear();
    if (shop) this.apply({ type: 'shop', shop });
    this.apply({ type: 'categories', items: categories });
    this.apply({ type: 'taxes', items: taxes });
    this.apply({ type: 'fiscal_positions', items: positions });
    this.apply({ type: 'pricelists', items: pricelists });
    this.apply({ type: 'payment_methods', items: methods });
    this.apply({ type: 'employees', items: employees });
    this.apply({ type: 'products', items: products });
    this.apply({ type: 'customers', items: customers });
  }

  clear(): void {
    this.shop = null;
    this.categories.clear();
    this.taxes.clear();
    this.fiscalPositions.clear();
    this.pricelists.clear();
    this.paymentMethods = [];
    this.employees = [];
    this.products.clear();
    this.productIndex.clear();
    this.productCodes.clear();
    this.customers.clear();
    this.customerIndex.clear();
    this.customerBarcodes.clear();
    this.rebuildCategories();
    this.rebuildTaxes();
    this.rebuildPricelists();
    this.changed();
  }

  apply(record: TillDataRecord): void {
    switch (record.type) {
      case 'meta':
        if (record.since === null) this.clear();
        return;
      case 'shop':
        this.shop = record.shop;
        break;
      case 'categories':
        for (const c of record.items) this.categories.set(c.id, c);
        this.rebuildCategories();
        break;
      case 'taxes':
        for (const t of record.items) this.taxes.set(t.id, t);
        this.rebuildTaxes();
        break;
      case 'fiscal_positions':
        for (const f of record.items) this.fiscalPositions.set(f.id, f);
        break;
      case 'pricelists':
        for (const p of record.items) this.pricelists.set(p.id, p);
        this.rebuildPricelists();
        break;
      case 'payment_methods':
        this.paymentMethods = mergeById(this.paymentMethods, record.items);
        break;
      case 'employees':
        this.employees = mergeById(this.employees, record.items);
        break;
      case 'products':
        for (const p of record.items) this.putProduct(p);
        break;
      case 'customers':
        for (const c of record.items) this.putCustomer(c);
        break;
      case 'removed':
        for (const id of record.products) this.removeProduct(id);
        for (const id of record.customers) this.removeCustomer(id);
        break;
      case 'end':
        return;
    }
    this.changed();
  }

  /** A customer created or changed on this device. */
  putCustomer(c: TillCustomer): void {
    const old = this.customers.get(c.id);
    if (old?.barcode) this.customerBarcodes.delete(old.barcode);
    this.customers.set(c.id, c);
    this.customerIndex.upsert(c.id, customerText(c), null);
    if (c.barcode) this.customerBarcodes.set(c.barcode, c.id);
  }

  changed(): void {
    this.version++;
    this.changes.notify();
  }

  private putProduct(p: TillProduct): void {
    const old = this.products.get(p.id);
    if (old) this.forgetCodes(old);
    this.products.set(p.id, p);
    this.productIndex.upsert(p.id, productText(p), p.category_id);
    for (const b of p.barcodes) this.productCodes.set(b, p.id);
    if (p.default_code) this.productCodes.set(p.default_code.toLowerCase(), p.id);
  }

  private removeProduct(id: number): void {
    const old = this.products.get(id);
    if (!old) return;
    this.forgetCodes(old);
    this.products.delete(id);
    this.productIndex.remove(id);
  }

  private removeCustomer(id: number): void {
    const old = this.customers.get(id);
    if (old?.barcode) this.customerBarcodes.delete(old.barcode);
    this.customers.delete(id);
    this.customerIndex.remove(id);
  }

  private forgetCodes(p: TillProduct): void {
    for (const b of p.barcodes) if (this.productCodes.get(b) === p.id) this.productCodes.delete(b);
    const code = p.default_code?.toLowerCase();
    if (code && this.productCodes.get(code) === p.id) this.productCodes.delete(code);
  }

  private rebuildCategories(): void {
    this.categoryTree = new CategoryTree(this.categories.values());
    this.coreCategories = [...this.categories.values()].map(categoryFromTill);
  }

  private rebuildTaxes(): void {
    this.taxIndex = indexTaxes([...this.taxes.values()].map(taxFromTill));
  }

  private rebuildPricelists(): void {
    this.corePricelists = [...this.pricelists.values()].map(pricelistFromTill);
  }
}

function mergeById<T extends { readonly id: number }>(current: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(current.map((x) => [x.id, x]));
  for (const x of incoming) byId.set(x.id, x);
  return [...byId.values()];
}
