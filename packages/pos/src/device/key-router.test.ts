import { describe, expect, it } from 'vitest';
import { KeyRouter } from './key-router.ts';

function setup() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const events: string[] = [];
  const router = new KeyRouter({
    onScan: (code) => events.push(`scan:${code}`),
    onKey: (key) => events.push(`key:${key}`),
    now: () => now,
    setTimer: (fn, ms) => {
      const t = { at: now + ms, fn };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => {
      const i = timers.indexOf(t as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  const wait = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  const type = (keys: string[], gapMs: number) => {
    for (const k of keys) {
      wait(gapMs);
      router.handle(k);
    }
  };
  return { type, wait, events };
}

describe('KeyRouter', () => {
  it('fast characters ending with Enter are one scan', () => {
    const { type, events } = setup();
    type([...'5449000000996', 'Enter'], 5);
    expect(events).toEqual(['scan:5449000000996']);
  });

  it('slow typing is handed on key by key', () => {
    const { type, events } = setup();
    type(['1', '2', 'Enter'], 200);
    expect(events).toEqual(['key:1', 'key:2', 'key:Enter']);
  });

  it('a short fast burst is keys, not a scan', () => {
    const { type, events } = setup();
    type(['1', '2', 'Enter'], 5);
    expect(events).toEqual(['key:1', 'key:2', 'key:Enter']);
  });

  it('fast characters without Enter come out as keys once the pause shows no scan is coming', () => {
    const { type, wait, events } = setup();
    type(['4', '2'], 5);
    expect(events).toEqual([]);
    wait(100);
    expect(events).toEqual(['key:4', 'key:2']);
  });

  it('a key typed before a scan stays a key', () => {
    const { type, wait, events } = setup();
    type(['7'], 0);
    wait(500);
    type([...'12345678', 'Enter'], 4);
    expect(events).toEqual(['key:7', 'scan:12345678']);
  });

  it('other keys (Backspace) pass at once, after what was buffered', () => {
    const { type, events } = setup();
    type(['3', 'Backspace'], 5);
    expect(events).toEqual(['key:3', 'key:Backspace']);
  });
});
