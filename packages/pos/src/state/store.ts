import { useSyncExternalStore } from 'react';
import { Emitter } from './emitter.ts';

/** A value React components read with `useStore`; replaced (never mutated) on each change. */
export class Store<T> {
  readonly changes = new Emitter();
  constructor(private value: T) {}

  get(): T {
    return this.value;
  }

  set(next: T): void {
    if (next === this.value) return;
    this.value = next;
    this.changes.notify();
  }

  update(change: (current: T) => T): void {
    this.set(change(this.value));
  }
}

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.changes.subscribe, () => store.get());
}

/** Re-renders when an emitter fires; returns a counter that changes each time. */
export function useEmitter(emitter: Emitter, read: () => number): number {
  return useSyncExternalStore(emitter.subscribe, read);
}
