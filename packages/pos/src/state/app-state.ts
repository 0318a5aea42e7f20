import type { Employee, ShopSummary, User } from '../api/types.ts';
import type { DeviceSession } from '../db/device-state.ts';
import type { LoadProgress } from '../load/load-till-data.ts';

/** Which screen shows; each carries what it needs. */
export type Screen =
  | { readonly name: 'boot' }
  | { readonly name: 'login' }
  | { readonly name: 'shops' }
  | { readonly name: 'opening'; readonly shop: ShopSummary }
  | { readonly name: 'lock' }
  | { readonly name: 'sell' }
  | { readonly name: 'payment' }
  | { readonly name: 'receipt' }
  | { readonly name: 'orders' }
  | { readonly name: 'closing' }
  | { readonly name: 'taken'; readonly sessionName: string }
  | { readonly name: 'unreachable'; readonly message: string };

export interface LoadState extends LoadProgress {
  readonly running: boolean;
  readonly error: string | null;
}

export interface Notice {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly text: string;
}

export interface AppState {
  readonly screen: Screen;
  readonly user: User | null;
  /** The session this device sells in, with its login number. */
  readonly session: DeviceSession | null;
  readonly employee: Employee | null;
  readonly load: LoadState | null;
  readonly notice: Notice | null;
  /** Whether the browser promised not to evict the till's storage (null: cannot ask). */
  readonly persisted: boolean | null;
}

export const INITIAL_STATE: AppState = {
  screen: { name: 'boot' },
  user: null,
  session: null,
  employee: null,
  load: null,
  notice: null,
  persisted: null,
};
