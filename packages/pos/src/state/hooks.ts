import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { AppModel } from './app-model.ts';
import type { AppState } from './app-state.ts';
import type { OrdersState } from './orders-store.ts';
import { useStore } from './store.ts';
import type { OutboxStatus } from '../outbox/sync-loop.ts';

export const AppContext = createContext<AppModel | null>(null);

export function useApp(): AppModel {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside <AppContext>');
  return app;
}

export function useAppState(): AppState {
  return useStore(useApp().state);
}

export function useOrdersState(): OrdersState {
  return useStore(useApp().orders.state);
}

/** Re-renders when the catalog changes (a page of products arrived); returns its version. */
export function useCatalogVersion(): number {
  const { catalog } = useApp();
  return useSyncExternalStore(catalog.changes.subscribe, () => catalog.version);
}

export function useOutboxStatus(): OutboxStatus {
  const { outbox } = useApp();
  return useSyncExternalStore(outbox.changes.subscribe, () => outbox.status);
}

/** The time, refreshed every `everyMs`. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The browser's own idea of the network, which the outbox's answers refine. */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}
