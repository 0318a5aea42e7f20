import type { TillApi } from '../api/till-api.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { readDevice } from '../db/device-state.ts';
import type { TillDb } from '../db/till-db.ts';
import { loadTillData, type LoadOutcome } from '../load/load-till-data.ts';
import type { LoadState } from './app-state.ts';

/**
 * Keeps the in-memory catalog filled: from IndexedDB at start (selling offline), then from the
 * server — only what changed since the last complete load when there was one, everything otherwise.
 */
export class CatalogLoader {
  private abort: AbortController | null = null;
  private hydratedShop: number | null = null;

  constructor(
    private readonly db: TillDb,
    private readonly api: TillApi,
    private readonly catalog: Catalog,
    private readonly onState: (state: LoadState) => void,
  ) {}

  /** Fills the catalog from the device; false when no complete load of this shop is stored. */
  async hydrate(shopId: number): Promise<boolean> {
    const loaded = await readDevice(this.db, 'loaded');
    if (!loaded || loaded.shop_id !== shopId || !loaded.complete) return false;
    if (this.hydratedShop !== shopId) {
      await this.catalog.hydrate(this.db);
      this.hydratedShop = shopId;
    }
    return true;
  }

  /** Loads from the server in the background; the cashier may sell once `ready`. */
  async start(shopId: number): Promise<LoadOutcome> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const delta = await this.hydrate(shopId);
    const since = delta ? ((await readDevice(this.db, 'loaded'))?.version ?? null) : null;
    const products = this.catalog.products.size;
    let state: LoadState = {
      running: true,
      error: null,
      ready: delta,
      done: false,
      products_loaded: delta ? products : 0,
      products_total: delta ? products : 0,
      customers_loaded: 0,
      customers_total: 0,
    };
    this.onState(state);
    const outcome = await loadTillData({
      api: this.api,
      db: this.db,
      shopId,
      since,
      signal: abort.signal,
      onRecord: (record) => this.catalog.apply(record),
      onProgress: (p) => {
        // A delta brings changes only: the count shown is what the device holds.
        const held = this.catalog.products.size;
        state = delta
          ? {
              ...state,
              ...p,
              ready: true,
              products_loaded: held,
              products_total: Math.max(held, p.products_total),
            }
          : { ...state, ...p };
        this.onState(state);
      },
    });
    if (this.abort !== abort) return outcome;
    this.hydratedShop = outcome.ok ? shopId : this.hydratedShop;
    this.onState({ ...state, running: false, error: outcome.ok ? null : outcome.error, done: outcome.ok });
    return outcome;
  }
}
