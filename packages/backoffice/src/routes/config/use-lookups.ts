import { useEffect, useState } from 'react';
import { loadRecordOptions } from './options.ts';

/**
 * Names of related records for a list's columns (a product's category): each path's options are
 * read once, and `nameOf(path, id)` answers the name, or "" while they load.
 */
export function useLookups(paths: readonly string[]): (path: string, id: unknown) => string {
  const [names, setNames] = useState<ReadonlyMap<string, ReadonlyMap<number, string>>>(new Map());
  const key = paths.join('|');
  useEffect(() => {
    let live = true;
    for (const path of key ? key.split('|') : []) {
      void loadRecordOptions(path).then((r) => {
        if (!live || !r.ok) return;
        setNames((m) => new Map(m).set(path, new Map(r.value.map((o) => [o.id, o.name]))));
      });
    }
    return () => {
      live = false;
    };
  }, [key]);
  return (path, id) => (id === null || id === undefined ? '' : (names.get(path)?.get(Number(id)) ?? ''));
}
