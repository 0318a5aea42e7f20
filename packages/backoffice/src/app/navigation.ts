import type { Role } from '../api/types.ts';

/** The sidebar: a section per domain; a screen is reachable from here or from a list. */
export interface NavItem {
  readonly href: string;
  readonly label: string;
}

export interface NavSection {
  readonly title?: string;
  /** Who sees the section (everyone when unset): reports are for managers and admins. */
  readonly roles?: readonly Role[];
  readonly items: readonly NavItem[];
}

export const NAVIGATION: readonly NavSection[] = [
  {
    items: [
      { href: '/', label: 'Dashboard' },
      { href: '/sessions', label: 'Sessions' },
      { href: '/orders', label: 'Orders' },
    ],
  },
  {
    title: 'Reports',
    roles: ['admin', 'manager'],
    items: [
      { href: '/reports/sales', label: 'Sales' },
      { href: '/reports/stock', label: 'Stock on hand' },
    ],
  },
  {
    title: 'Configuration',
    roles: ['admin', 'manager'],
    items: [
      { href: '/config/products', label: 'Products' },
      { href: '/config/categories', label: 'Categories' },
      { href: '/config/customers', label: 'Customers' },
      { href: '/config/employees', label: 'Employees' },
      { href: '/config/pricelists', label: 'Pricelists' },
      { href: '/config/taxes', label: 'Taxes' },
      { href: '/config/fiscal-positions', label: 'Fiscal positions' },
      { href: '/config/payment-methods', label: 'Payment methods' },
      { href: '/config/shops', label: 'Shops' },
    ],
  },
];

/** Whether a nav item is the current page or one of its children ("/orders/12" is in "/orders"). */
export function isCurrent(itemHref: string, location: string): boolean {
  if (itemHref === '/') return location === '/' || location === '';
  return location === itemHref || location.startsWith(`${itemHref}/`);
}

/** The sections a role sees. */
export function navigationFor(role: Role): readonly NavSection[] {
  return NAVIGATION.filter((section) => !section.roles || section.roles.includes(role));
}
