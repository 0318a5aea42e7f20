import { describe, expect, it } from 'vitest';
import { isCurrent, navigationFor } from './navigation.ts';

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

describe('navigationFor', () => {
  it('a cashier sees no reports and no configuration; a manager sees both', () => {
    const titles = (role: 'admin' | 'manager' | 'cashier') => navigationFor(role).map((s) => s.title ?? '');
    expect(titles('cashier')).toEqual(['']);
    expect(titles('manager')).toEqual(['', 'Reports', 'Configuration']);
    expect(titles('admin')).toEqual(['', 'Reports', 'Configuration']);
  });
});
