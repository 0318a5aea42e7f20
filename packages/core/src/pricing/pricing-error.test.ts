import { describe, expect, it } from 'vitest';
import { describePricingError, type PricingError } from './pricing-error.ts';

describe('describePricingError', () => {
  it.each<[string, PricingError, string]>([
    [
      'an unknown pricelist asked for directly',
      { type: 'unknown_pricelist', pricelist: 'vip' },
      'unknown pricelist "vip": it does not exist or has not been synced to this till',
    ],
    [
      'an unknown pricelist a formula is based on names both',
      { type: 'unknown_pricelist', pricelist: 'gone', referenced_by: 'vip' },
      'pricelist "vip" takes its prices from pricelist "gone", which does not exist',
    ],
    [
      'a loop names the pricelists in order',
      { type: 'pricelist_cycle', chain: ['vip', 'staff', 'vip'] },
      'pricelists take their prices from each other in a loop ("vip" → "staff" → "vip"), so no price can be computed: change the base of one of them',
    ],
    [
      'a formula on another pricelist that does not say which',
      { type: 'missing_base_pricelist', pricelist: 'vip' },
      'pricelist "vip" has a rule that takes its price from another pricelist but does not say which one',
    ],
  ])('%s', (_name, error, message) => {
    expect(describePricingError(error)).toBe(message);
  });
});
