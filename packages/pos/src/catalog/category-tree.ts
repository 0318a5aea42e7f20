import type { TillCategory } from '@till/core';

/**
 * The till's category tree: the children of a category (sorted by sequence, then name), the path
 * from the top for the breadcrumb, and the set of a category and all its sub-categories (a
 * category shows the products of its sub-categories too).
 */
export class CategoryTree {
  private readonly byId = new Map<number, TillCategory>();
  private readonly children = new Map<number | null, TillCategory[]>();
  private readonly subtrees = new Map<number, ReadonlySet<number>>();

  constructor(categories: Iterable<TillCategory>) {
    for (const c of categories) this.byId.set(c.id, c);
    for (const c of this.byId.values()) {
      // A parent that was not loaded makes its children top-level rather than invisible.
      const parent = c.parent_id !== null && this.byId.has(c.parent_id) ? c.parent_id : null;
      const list = this.children.get(parent) ?? [];
      list.push(c);
      this.children.set(parent, list);
    }
    for (const list of this.children.values()) {
      list.sort((a, b) => a.sequence - b.sequence || a.name.localeCompare(b.name));
    }
  }

  get(id: number): TillCategory | undefined {
    return this.byId.get(id);
  }

  childrenOf(id: number | null): readonly TillCategory[] {
    return this.children.get(id) ?? [];
  }

  /** From the top-level category down to `id`. */
  pathTo(id: number | null): TillCategory[] {
    const path: TillCategory[] = [];
    const seen = new Set<number>();
    let current = id === null ? undefined : this.byId.get(id);
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      path.unshift(current);
      current = current.parent_id === null ? undefined : this.byId.get(current.parent_id);
    }
    return path;
  }

  /** The category and every category under it. */
  subtree(id: number): ReadonlySet<number> {
    const cached = this.subtrees.get(id);
    if (cached) return cached;
    const set = new Set<number>();
    const stack = [id];
    while (stack.length) {
      const next = stack.pop()!;
      if (set.has(next)) continue;
      set.add(next);
      for (const child of this.childrenOf(next)) stack.push(child.id);
    }
    this.subtrees.set(id, set);
    return set;
  }
}
