import type { Tax, TaxIndex } from './tax.ts';

/**
 * Puts taxes in the order they apply: ascending `sequence` (ties keep the given order), each
 * `group` replaced by its children, themselves sorted by sequence and flattened (a group may hold
 * groups). A tax listed twice applies once. A group that contains itself is a configuration bug
 * the caller validated away (see `validateTaxes`); here it is cut to avoid looping.
 */
export function flattenTaxes(taxes: readonly Tax[], index: TaxIndex): Tax[] {
  const out: Tax[] = [];
  const seen = new Set<string>();
  const visit = (list: readonly Tax[], path: ReadonlySet<string>): void => {
    const sorted = [...list].sort((a, b) => a.sequence - b.sequence);
    for (const tax of sorted) {
      if (tax.amount_type === 'group') {
        if (path.has(tax.id)) continue;
        const children = tax.children.map((id) => index.get(id)).filter((t): t is Tax => t !== undefined);
        visit(children, new Set([...path, tax.id]));
      } else if (!seen.has(tax.id)) {
        seen.add(tax.id);
        out.push(tax);
      }
    }
  };
  visit(taxes, new Set());
  return out;
}
