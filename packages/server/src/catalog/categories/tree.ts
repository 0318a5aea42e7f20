/** The category tree as pure functions over `{id, name, parent_id}` rows (the whole tree is small). */
export interface TreeNode {
  readonly id: number;
  readonly name: string;
  readonly parent_id: number | null;
}

/** "Drinks / Hot": the names from the root down. A broken cycle (never stored) stops the walk. */
export function fullNames(nodes: readonly TreeNode[]): Map<number, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<number, string>();
  for (const node of nodes) {
    const names: string[] = [];
    const seen = new Set<number>();
    for (
      let n: TreeNode | undefined = node;
      n && !seen.has(n.id);
      n = n.parent_id ? byId.get(n.parent_id) : undefined
    ) {
      seen.add(n.id);
      names.unshift(n.name);
    }
    out.set(node.id, names.join(' / '));
  }
  return out;
}

/** Whether putting `id` under `parentId` makes a cycle: `parentId` is `id` or one of its descendants. */
export function makesCycle(nodes: readonly TreeNode[], id: number, parentId: number | null): boolean {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const seen = new Set<number>();
  for (let at = parentId; at !== null && !seen.has(at); at = byId.get(at)?.parent_id ?? null) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
}
