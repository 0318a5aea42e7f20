/**
 * The smallest observable: `useSyncExternalStore` subscribes to it. `notify` called many times in
 * a row (a load storing page after page) reaches listeners once per animation frame or tick.
 */
export class Emitter {
  private readonly listeners = new Set<() => void>();
  private scheduled = false;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  notify(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      for (const l of [...this.listeners]) l();
    });
  }
}
