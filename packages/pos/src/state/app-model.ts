import type { TillEmployee } from '@till/core';
import type { TillApi } from '../api/till-api.ts';
import type { SessionInfo, ShopSummary } from '../api/types.ts';
import { Catalog } from '../catalog/catalog.ts';
import { forgetDevice, readDevice, writeDevice, type DeviceSession } from '../db/device-state.ts';
import type { TillDb } from '../db/till-db.ts';
import { requestPersistentStorage } from '../device/persistent-storage.ts';
import { acquireLock, sessionLockName, type HeldLock } from '../device/session-lock.ts';
import { purgeSentOrders } from '../outbox/outbox.ts';
import { SyncLoop } from '../outbox/sync-loop.ts';
import { INITIAL_STATE, type AppState, type Screen } from './app-state.ts';
import { loginEmployee } from './employee-login.ts';
import { CatalogLoader } from './catalog-loader.ts';
import { OrdersStore } from './orders-store.ts';
import { Store } from './store.ts';

/**
 * The till's flows from start to close: back-office login, shop, session (open, continue, resume
 * after a reload, offline too), cashier lock, closing. Screens call these; none of them computes.
 */
export class AppModel {
  readonly state = new Store<AppState>(INITIAL_STATE);
  readonly catalog = new Catalog();
  readonly orders: OrdersStore;
  readonly outbox: SyncLoop;
  readonly loader: CatalogLoader;
  private lock: HeldLock | null = null;
  private noticeId = 0;

  constructor(
    readonly db: TillDb,
    readonly api: TillApi,
  ) {
    this.orders = new OrdersStore(db, this.catalog, (message) =>
      this.notify('error', `This order could not be saved on the device: ${message}`),
    );
    this.outbox = new SyncLoop({ db, api });
    this.loader = new CatalogLoader(db, api, this.catalog, (load) => this.patch({ load }));
  }

  get session(): DeviceSession | null {
    return this.state.get().session;
  }

  patch(changes: Partial<AppState>): void {
    this.state.update((s) => ({ ...s, ...changes }));
  }

  go(screen: Screen): void {
    this.patch({ screen });
  }

  notify(kind: 'error' | 'info', text: string): void {
    this.patch({ notice: { id: ++this.noticeId, kind, text } });
  }

  dismissNotice(): void {
    this.patch({ notice: null });
  }

  /** First thing at page load: who is logged in, and is there a session to go back to. */
  async boot(): Promise<void> {
    void requestPersistentStorage().then((persisted) => this.patch({ persisted }));
    this.outbox.start();
    // The network is back, or the till is looked at again: try the outbox at once.
    window.addEventListener('online', () => this.outbox.kick());
    document.addEventListener(
      'visibilitychange',
      () => document.visibilityState === 'visible' && this.outbox.kick(),
    );
    const device = await readDevice(this.db, 'session');
    const me = await this.api.me();
    if (me.ok) {
      this.patch({ user: me.value.user });
      await writeDevice(this.db, 'user', me.value.user);
      return device ? this.resume(device, true) : this.go({ name: 'shops' });
    }
    if (me.error.type === 'http') return this.go({ name: 'login' });
    const user = (await readDevice(this.db, 'user')) ?? null;
    if (device && user) {
      this.patch({ user });
      return this.resume(device, false);
    }
    this.go({
      name: 'unreachable',
      message: `${me.error.message} This device has no session to continue without it.`,
    });
  }

  /** Back-office login; null when it worked, else what to tell. */
  async login(login: string, password: string): Promise<string | null> {
    const answer = await this.api.login(login, password);
    if (!answer.ok) return answer.error.message;
    this.patch({ user: answer.value.user });
    await writeDevice(this.db, 'user', answer.value.user);
    this.outbox.kick();
    const device = await readDevice(this.db, 'session');
    if (device) await this.resume(device, true);
    else this.go({ name: 'shops' });
    return null;
  }

  /** Logs in again without leaving the screen (the login expired while selling). */
  async relogin(login: string, password: string): Promise<string | null> {
    const answer = await this.api.login(login, password);
    if (!answer.ok) return answer.error.message;
    this.patch({ user: answer.value.user });
    await writeDevice(this.db, 'user', answer.value.user);
    this.outbox.kick();
    return null;
  }

  async logout(): Promise<void> {
    await this.api.logout();
    await forgetDevice(this.db, 'user');
    this.patch({ user: null, employee: null });
    this.go({ name: 'login' });
  }

  /** "New session": load the shop's data meanwhile, then count the opening cash. */
  startOpening(shop: ShopSummary): void {
    void this.loader.start(shop.id);
    this.go({ name: 'opening', shop });
  }

  async openSession(shop: ShopSummary, openingCash: string, notes: string): Promise<string | null> {
    const opened = await this.api.openSession(shop.id, openingCash, notes);
    if (opened.ok) return this.enterSession(shop.id, opened.value.session, opened.value.login_number);
    const f = opened.error;
    if (f.type === 'http' && f.status === 409 && typeof f.body.session_id === 'number') {
      const running = await this.api.session(f.body.session_id);
      if (running.ok) {
        this.notify('info', `${running.value.name} was already open: you continue selling in it.`);
        return this.enterSession(shop.id, running.value);
      }
    }
    return f.message;
  }

  /** "Continue selling" (or "close", for a session in closing control). */
  async continueSession(shop: ShopSummary): Promise<string | null> {
    if (!shop.session) return 'This shop has no open session.';
    void this.loader.start(shop.id);
    return this.enterSession(shop.id, shop.session);
  }

  /** Takes the tab lock, joins (unless opening already gave a login number), then sells. */
  private async enterSession(
    shopId: number,
    session: SessionInfo,
    loginNumber?: number,
  ): Promise<string | null> {
    if (!(await this.takeLock(session))) return null;
    let joined = { session, login_number: loginNumber ?? 0 };
    if (loginNumber === undefined) {
      const answer = await this.api.joinSession(session.id);
      if (!answer.ok) {
        this.releaseLock();
        return answer.error.message;
      }
      joined = answer.value;
    }
    const device: DeviceSession = {
      shop_id: shopId,
      session: joined.session,
      login_number: joined.login_number,
      next_sequence: 1,
    };
    await writeDevice(this.db, 'session', device);
    await purgeSentOrders(this.db, session.id);
    await this.startSelling(device);
    return null;
  }

  /** After a reload: join again for a new login number when online, else go on with the last one. */
  private async resume(saved: DeviceSession, online: boolean): Promise<void> {
    if (!(await this.takeLock(saved.session))) return;
    let device = saved;
    if (online) {
      const joined = await this.api.joinSession(saved.session.id);
      if (joined.ok) {
        device = {
          ...saved,
          session: joined.value.session,
          login_number: joined.value.login_number,
          next_sequence: 1,
        };
        await writeDevice(this.db, 'session', device);
      } else if (joined.error.type === 'http') {
        this.releaseLock();
        await forgetDevice(this.db, 'session');
        this.notify(
          'error',
          `${saved.session.name} cannot be continued: ${joined.error.message} Its unpaid orders stay on this device.`,
        );
        return this.go({ name: 'shops' });
      }
    }
    const hydrated = await this.loader.hydrate(device.shop_id);
    if (online) void this.loader.start(device.shop_id);
    else if (!hydrated) {
      this.releaseLock();
      return this.go({
        name: 'unreachable',
        message: 'The server cannot be reached and the shop’s data was never fully loaded on this device.',
      });
    }
    await this.startSelling(device);
  }

  private async startSelling(device: DeviceSession): Promise<void> {
    this.patch({ session: device, employee: null });
    await this.orders.loadSession(device.session.id);
    this.outbox.kick();
    this.go(device.session.state === 'closing_control' ? { name: 'closing' } : { name: 'lock' });
  }

  private async takeLock(session: SessionInfo): Promise<boolean> {
    this.releaseLock();
    const answer = await acquireLock(sessionLockName(session.id));
    if (!answer.ok) {
      this.go({ name: 'taken', sessionName: session.name });
      return false;
    }
    this.lock = answer.lock;
    return true;
  }

  private releaseLock(): void {
    this.lock?.release();
    this.lock = null;
  }

  /** PIN at the lock screen: the server checks it, or the device's copy of an earlier good PIN offline. */
  async unlock(employee: TillEmployee, pin: string): Promise<string | null> {
    const device = this.session;
    if (!device) return 'No session.';
    const answer = await loginEmployee(this.db, this.api, device.shop_id, employee, pin);
    if (!answer.ok) return answer.error;
    this.patch({ employee: { id: employee.id, name: employee.name, role: employee.role } });
    this.go({ name: 'sell' });
    return null;
  }

  /** A cashier badge scanned: the badge is in the loaded data. */
  unlockWithBadge(code: string): boolean {
    const employee = this.catalog.employees.find((e) => e.badge !== null && e.badge === code);
    if (!employee) return false;
    this.patch({ employee: { id: employee.id, name: employee.name, role: employee.role } });
    this.go({ name: 'sell' });
    return true;
  }

  lockTill(): void {
    this.patch({ employee: null });
    this.go({ name: 'lock' });
  }

  /** The session is closed: the device forgets it (orders still waiting stay in the outbox). */
  async sessionClosed(): Promise<void> {
    const closed = this.session;
    this.releaseLock();
    await forgetDevice(this.db, 'session');
    if (closed) await purgeSentOrders(this.db, -1);
    this.patch({ session: null, employee: null });
    this.notify('info', `${closed?.session.name ?? 'The session'} is closed.`);
    this.go({ name: 'shops' });
  }
}
