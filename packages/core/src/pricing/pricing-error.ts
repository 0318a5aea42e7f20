/**
 * Why a pricelist cannot give a price. A pricelist may take its prices from another pricelist
 * (a formula "based on" it); these are the ways that chain can be broken:
 * - `unknown_pricelist`: the pricelist asked for (or the one a formula is based on) does not exist,
 *   e.g. it was deleted or has not reached this till yet;
 * - `pricelist_cycle`: pricelists based on each other in a loop, so no price is ever reached;
 *   `chain` lists them in order and ends with the one met twice;
 * - `missing_base_pricelist`: a formula of `pricelist` says it is based on another pricelist but
 *   does not say which.
 */
export type PricingError =
  | {
      readonly type: 'unknown_pricelist';
      readonly pricelist: string;
      /** The pricelist whose formula is based on the unknown one; absent when it was asked for directly. */
      readonly referenced_by?: string;
    }
  | { readonly type: 'pricelist_cycle'; readonly chain: readonly string[] }
  | { readonly type: 'missing_base_pricelist'; readonly pricelist: string };

/** A sentence for a person (a manager fixing the setup, a cashier reading the till). */
export function describePricingError(e: PricingError): string {
  switch (e.type) {
    case 'unknown_pricelist':
      return e.referenced_by === undefined
        ? `unknown pricelist "${e.pricelist}": it does not exist or has not been synced to this till`
        : `pricelist "${e.referenced_by}" takes its prices from pricelist "${e.pricelist}", which does not exist`;
    case 'pricelist_cycle':
      return `pricelists take their prices from each other in a loop (${e.chain.map((id) => `"${id}"`).join(' → ')}), so no price can be computed: change the base of one of them`;
    case 'missing_base_pricelist':
      return `pricelist "${e.pricelist}" has a rule that takes its price from another pricelist but does not say which one`;
  }
}
