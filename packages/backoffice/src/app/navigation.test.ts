import { describe, expect, it } from 'vitest';
import { isCurrent } from './navigation.ts';

describe('isCurrent', () => {
  it.each([
    ['/', '/', true],
    ['/', '/orders', false],
    ['/orders', '/orders', true],
    ['/orders', '/orders/12', true],
    ['/orders', '/ordersx', false],
    ['/config/products', '/config/products/new', true],
    ['/config/products', '/config/product-x', false],
  ])('%s is current at %s: %s', (href, location, current) => expect(isCurrent(href, location)).toBe(current));
});
