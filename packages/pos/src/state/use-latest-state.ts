import { useCallback, useRef, useState } from 'react';

/**
 * State whose latest value can be read at once (`read()`), even by handlers called several times
 * in one tick — a scanner's burst of keys — before React re-renders.
 */
export function useLatestState<T>(initial: T): [T, (next: T) => void, () => T] {
  const [value, setValue] = useState(initial);
  const ref = useRef(initial);
  const set = useCallback((next: T) => {
    ref.current = next;
    setValue(next);
  }, []);
  const read = useCallback(() => ref.current, []);
  return [value, set, read];
}
