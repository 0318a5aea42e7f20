import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiFailure, ApiResult } from '../api/http.ts';

export interface Loaded<T> {
  /** The last answer; kept while a new one loads so the screen does not jump. */
  readonly data: T | undefined;
  readonly failure: ApiFailure | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
}

/**
 * Loads what `load` answers whenever `key` changes (a URL is a good key), and again every
 * `pollMs` when given. An answer that arrives after a newer request was made is dropped.
 */
export function useLoad<T>(
  key: string | null,
  load: () => Promise<ApiResult<T>>,
  pollMs?: number,
): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [failure, setFailure] = useState<ApiFailure | undefined>(undefined);
  const [loading, setLoading] = useState(key !== null);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) return;
    const request = ++latest.current;
    setLoading(true);
    void loadRef.current().then((r) => {
      if (request !== latest.current) return;
      setLoading(false);
      if (r.ok) {
        setData(r.value);
        setFailure(undefined);
      } else setFailure(r.error);
    });
  }, [key, tick]);

  useEffect(() => {
    if (!pollMs || key === null) return;
    const timer = setInterval(() => {
      // A hidden tab does not poll; it catches up when shown again.
      if (document.visibilityState === 'visible') setTick((t) => t + 1);
    }, pollMs);
    return () => clearInterval(timer);
  }, [pollMs, key]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, failure, loading, reload };
}
