import type { Page } from 'playwright-core';

/**
 * Timings taken inside the page, not by sleeping in Node: a key's event time (`timeStamp`, the
 * moment the browser made the event) to the DOM commit that shows its answer — the product grid's
 * `data-query` equal to the search box, or the cart's `data-lines` one higher — seen by a
 * MutationObserver, and to the frame after it (requestAnimationFrame, then a task: the paint).
 */
interface Probe {
  keyAt: number;
  until: (() => boolean) | null;
  done: ((t: { commit: number; frame: number }) => void) | null;
  armed: Promise<{ commit: number; frame: number }> | null;
}

/** The few browser globals the probes use (the bench compiles without the DOM library). */
interface El {
  getAttribute(name: string): string | null;
  readonly value: string;
  dispatchEvent(e: unknown): boolean;
}
export interface PageGlobals {
  document: {
    querySelector(selector: string): El | null;
    body: El;
    addEventListener(type: 'keydown', fn: (e: { timeStamp: number }) => void, capture: boolean): void;
  };
  MutationObserver: new (fn: () => void) => { observe(target: El, options: object): void };
  KeyboardEvent: new (type: string, init: object) => unknown;
  requestAnimationFrame(fn: () => void): number;
  navigator: { storage: { estimate(): Promise<{ usage?: number }> } };
  performance: { now(): number };
}
type ProbeWindow = PageGlobals & { __probe: Probe };

export async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as ProbeWindow;
    const { document, performance } = w;
    const probe: Probe = { keyAt: 0, until: null, done: null, armed: null };
    w.__probe = probe;
    document.addEventListener('keydown', (e) => (probe.keyAt = e.timeStamp), true);
    new w.MutationObserver(() => {
      if (!probe.until || !probe.done || !probe.until()) return;
      const commit = performance.now() - probe.keyAt;
      const done = probe.done;
      probe.until = null;
      probe.done = null;
      w.requestAnimationFrame(() =>
        setTimeout(() => done({ commit, frame: performance.now() - probe.keyAt })),
      );
    }).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-query', 'data-lines'],
    });
  });
}

/** Types `query` into the search box letter by letter; per letter, key → answer shown. */
export async function typeAndTime(page: Page, query: string): Promise<{ commit: number[]; frame: number[] }> {
  const box = page.getByLabel('Search products');
  await box.fill('');
  await page.waitForFunction(
    () =>
      (globalThis as unknown as PageGlobals).document
        .querySelector('.product-scroller')
        ?.getAttribute('data-query') === '',
  );
  await box.focus();
  const commit: number[] = [];
  const frame: number[] = [];
  for (const ch of query) {
    await page.evaluate(() => {
      const { __probe: probe, document } = globalThis as unknown as ProbeWindow;
      const input = document.querySelector('input[aria-label="Search products"]')!;
      probe.armed = new Promise((resolve) => {
        probe.until = () =>
          input.value !== '' &&
          document.querySelector('.product-scroller')?.getAttribute('data-query') === input.value;
        probe.done = resolve;
      });
    });
    await page.keyboard.type(ch);
    const t = await page.evaluate(() => (globalThis as unknown as ProbeWindow).__probe.armed!);
    commit.push(t.commit);
    frame.push(t.frame);
  }
  await box.fill('');
  return { commit, frame };
}

/**
 * Scans each code as a keyboard-wedge scanner does (keys in a burst, then Enter, dispatched in the
 * page so no gap splits the burst); per code, Enter → the cart shows one line more.
 */
export async function scanAndTime(
  page: Page,
  codes: string[],
): Promise<{ commit: number[]; frame: number[] }> {
  const times = await page.evaluate(async (all) => {
    const { __probe: probe, document, KeyboardEvent } = globalThis as unknown as ProbeWindow;
    // No named function in here: the TypeScript loader would wrap it in a helper the page lacks.
    const commit: number[] = [];
    const frame: number[] = [];
    for (const code of all) {
      const want = Number(document.querySelector('.cart')?.getAttribute('data-lines') ?? 0) + 1;
      const shown = new Promise<{ commit: number; frame: number }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`scanning ${code} added no line`)), 20_000);
        probe.until = () => Number(document.querySelector('.cart')?.getAttribute('data-lines') ?? 0) === want;
        probe.done = (t) => {
          clearTimeout(timer);
          resolve(t);
        };
      });
      for (const key of [...code, 'Enter'])
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      const t = await shown;
      commit.push(t.commit);
      frame.push(t.frame);
    }
    return { commit, frame };
  }, codes);
  return { commit: times.commit.sort((a, b) => a - b), frame: times.frame.sort((a, b) => a - b) };
}
