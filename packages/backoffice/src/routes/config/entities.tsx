import { Badge } from '../../components/Badge.tsx';
import type { Choice, EntitySpec, FieldSpec, FormValues } from './entity.ts';
import { ActiveBadge, decimalText, text } from './display.tsx';

/**
 * Every configuration screen, as data. Field names are the server's (packages/server/src/<thing>/
 * schemas.ts); the generic list and form do the rest.
 */

const choices = (pairs: Record<string, string>): Choice[] =>
  Object.entries(pairs).map(([value, label]) => ({ value, label }));

const active: FieldSpec = {
  name: 'active',
  label: 'Active',
  kind: 'boolean',
  initial: true,
  help: 'Archived records stay on past orders but are no longer offered.',
};

const nameColumn = {
  key: 'name',
  header: 'Name',
  render: (r: Record<string, unknown>) => (
    <>
      {text(r.name)} <ActiveBadge active={r.active} />
    </>
  ),
};

const products: EntitySpec = {
  slug: 'products',
  title: 'Products',
  singular: 'product',
  subtitle: 'What the tills sell: prices, barcodes, taxes, units.',
  searchPlaceholder: 'Name, reference or barcode',
  csv: true,
  importHelp:
    'The export’s columns. A row whose internal reference, else a barcode, names a product updates it; the others are new products.',
  lookups: ['/api/categories'],
  columns: [
    nameColumn,
    { key: 'ref', header: 'Reference', nowrap: true, render: (r) => text(r.internal_reference) },
    {
      key: 'barcode',
      header: 'Barcode',
      nowrap: true,
      render: (r) => (Array.isArray(r.barcodes) ? r.barcodes.join(', ') : ''),
    },
    { key: 'category', header: 'Category', render: (r, c) => c.nameOf('/api/categories', r.category_id) },
    {
      key: 'uom',
      header: 'Unit',
      nowrap: true,
      render: (r) => (r.uom === 'kg' ? 'per kg' : 'unit'),
    },
    { key: 'price', header: 'Sales price', align: 'right', render: (r) => decimalText(r.list_price) },
    {
      key: 'pos',
      header: 'At the till',
      render: (r) => (r.available_in_pos === false ? <span className="muted">Hidden</span> : 'Sold'),
    },
  ],
  sections: [
    {
      title: 'Product',
      fields: ['name', 'internal_reference', 'category_id', 'barcodes', 'available_in_pos', 'active'],
    },
    {
      title: 'Price and taxes',
      fields: ['list_price', 'standard_price', 'uom', 'tracking', 'income_account_code', 'tax_ids'],
    },
  ],
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'internal_reference', label: 'Internal reference', kind: 'text', nullable: true },
    { name: 'category_id', label: 'Category', kind: 'relation', path: '/api/categories', nullable: true },
    {
      name: 'barcodes',
      label: 'Barcodes',
      kind: 'list',
      errorAliases: ['barcode'],
      help: 'One per line. A barcode names one product only.',
    },
    {
      name: 'available_in_pos',
      label: 'Sold at the till',
      kind: 'boolean',
      initial: true,
      help: 'Unticked: kept in the catalog, not shown at the till.',
    },
    active,
    {
      name: 'list_price',
      label: 'Sales price',
      kind: 'decimal',
      required: true,
      help: 'Per unit, or per kg for a weighed product; taxes included when its taxes say so.',
    },
    { name: 'standard_price', label: 'Cost', kind: 'decimal', help: 'For margins and pricelist rules.' },
    { name: 'tax_ids', label: 'Taxes', kind: 'relation', path: '/api/taxes', many: true, wide: true },
    {
      name: 'income_account_code',
      label: 'Income account',
      kind: 'text',
      nullable: true,
      help: 'Empty: sales of goods (707000).',
    },
    {
      name: 'uom',
      label: 'Sold by',
      kind: 'select',
      required: true,
      choices: choices({ unit: 'Unit', kg: 'Weight (kg): the till asks for the weight' }),
    },
    {
      name: 'tracking',
      label: 'Tracking',
      kind: 'select',
      required: true,
      choices: choices({ none: 'None', lot: 'By lot', serial: 'By serial number' }),
      help: 'Lot or serial: the till asks for the number when selling.',
    },
  ],
};

const categories: EntitySpec = {
  slug: 'categories',
  title: 'Categories',
  singular: 'category',
  noArchive: true,
  subtitle: 'The tree of the till’s product buttons; pricelist rules on a category apply to its children.',
  lookups: ['/api/categories'],
  columns: [
    {
      key: 'full_name',
      header: 'Full name',
      render: (r, c) => (
        <>
          {text(r.full_name ?? (c.nameOf('/api/categories', r.id) || r.name))}{' '}
          <ActiveBadge active={r.active} />
        </>
      ),
    },
    {
      key: 'parent',
      header: 'Parent',
      render: (r, c) => c.nameOf('/api/categories', r.parent_id),
    },
    { key: 'sequence', header: 'Order', align: 'right', render: (r) => text(r.sequence) },
  ],
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    {
      name: 'parent_id',
      label: 'Parent category',
      kind: 'relation',
      path: '/api/categories',
      nullable: true,
      help: 'Empty for a top-level category.',
    },
    { name: 'sequence', label: 'Order', kind: 'integer', help: 'Smaller comes first at the till.' },
  ],
  titleOf: (r) => text(r.full_name ?? r.name),
};

const TAX_TYPES = choices({
  percent: 'Percentage of the price',
  fixed: 'Fixed amount per unit',
  division: 'Percentage of the price, tax included (division)',
  group: 'Group of taxes',
});

const taxes: EntitySpec = {
  slug: 'taxes',
  title: 'Taxes',
  singular: 'tax',
  subtitle: 'Rates the products carry; fiscal positions map them to others.',
  columns: [
    nameColumn,
    {
      key: 'type',
      header: 'Computation',
      render: (r) => TAX_TYPES.find((c) => c.value === r.amount_type)?.label ?? text(r.amount_type),
    },
    {
      key: 'amount',
      header: 'Amount',
      align: 'right',
      render: (r) => (r.amount_type === 'fixed' ? decimalText(r.amount) : `${decimalText(r.amount, 0)} %`),
    },
    {
      key: 'included',
      header: 'In price',
      render: (r) =>
        r.price_include ? <Badge tone="info">Included</Badge> : <span className="muted">Added</span>,
    },
  ],
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'amount_type', label: 'Computation', kind: 'select', required: true, choices: TAX_TYPES },
    {
      name: 'amount',
      label: 'Amount',
      kind: 'decimal',
      help: 'A rate in % (20 for 20%), or the amount per unit for a fixed tax.',
      visibleWhen: (v) => v.amount_type !== 'group',
    },
    {
      name: 'children_tax_ids',
      label: 'Taxes of the group',
      kind: 'relation',
      path: '/api/taxes',
      many: true,
      visibleWhen: (v) => v.amount_type === 'group',
    },
    {
      name: 'price_include',
      label: 'Included in the price',
      kind: 'boolean',
      help: 'The product’s price already contains this tax.',
    },
    {
      name: 'include_base_amount',
      label: 'Raises the base of later taxes',
      kind: 'boolean',
    },
    { name: 'sequence', label: 'Order', kind: 'integer', help: 'Taxes apply in this order.' },
    { name: 'account_code', label: 'Account', kind: 'text', nullable: true },
    active,
  ],
};

const fiscalPositions: EntitySpec = {
  slug: 'fiscal-positions',
  title: 'Fiscal positions',
  singular: 'fiscal position',
  subtitle: 'Tax mappings: take-away, a customer abroad. A tax mapped to nothing is removed.',
  columns: [
    nameColumn,
    {
      key: 'mappings',
      header: 'Mappings',
      align: 'right',
      render: (r) => (Array.isArray(r.tax_mappings) ? r.tax_mappings.length : ''),
    },
    { key: 'note', header: 'Note', render: (r) => text(r.note) },
  ],
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'note', label: 'Note', kind: 'text', multiline: true, nullable: true },
    active,
    {
      name: 'tax_mappings',
      label: 'Tax mappings',
      kind: 'rows',
      wide: true,
      addLabel: 'Add a mapping',
      fields: [
        {
          name: 'tax_src_id',
          label: 'Tax on the product',
          kind: 'relation',
          path: '/api/taxes',
          required: true,
        },
        {
          name: 'tax_dest_id',
          label: 'Becomes',
          kind: 'relation',
          path: '/api/taxes',
          nullable: true,
          help: 'Empty: no tax.',
        },
      ],
    },
  ],
};

const ruleVisible =
  (...kinds: string[]) =>
  (v: FormValues) =>
    kinds.includes(String(v.compute_price));

const pricelists: EntitySpec = {
  slug: 'pricelists',
  title: 'Pricelists',
  singular: 'pricelist',
  subtitle: 'Prices for some customers or times: the first rule that matches wins.',
  columns: [
    nameColumn,
    {
      key: 'rules',
      header: 'Rules',
      align: 'right',
      render: (r) => (Array.isArray(r.rules) ? r.rules.length : ''),
    },
    { key: 'sequence', header: 'Order', align: 'right', render: (r) => text(r.sequence) },
  ],
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'sequence', label: 'Order', kind: 'integer' },
    active,
    {
      name: 'rules',
      label: 'Rules',
      kind: 'rows',
      wide: true,
      addLabel: 'Add a rule',
      fields: [
        {
          name: 'applied_on',
          label: 'Applies to',
          kind: 'select',
          choices: choices({ all: 'All products', category: 'A category', product: 'A product' }),
        },
        {
          name: 'category_id',
          label: 'Category',
          kind: 'relation',
          path: '/api/categories',
          nullable: true,
          visibleWhen: (v) => v.applied_on === 'category',
        },
        {
          name: 'product_id',
          label: 'Product',
          kind: 'relation',
          path: '/api/products',
          nullable: true,
          visibleWhen: (v) => v.applied_on === 'product',
        },
        { name: 'min_quantity', label: 'From quantity', kind: 'decimal' },
        {
          name: 'compute_price',
          label: 'Price',
          kind: 'select',
          choices: choices({ fixed: 'Fixed price', percentage: 'Discount %', formula: 'Formula' }),
        },
        {
          name: 'fixed_price',
          label: 'Fixed price',
          kind: 'decimal',
          nullable: true,
          visibleWhen: ruleVisible('fixed'),
        },
        {
          name: 'percent_price',
          label: 'Discount %',
          kind: 'decimal',
          nullable: true,
          visibleWhen: ruleVisible('percentage'),
        },
        {
          name: 'base',
          label: 'Based on',
          kind: 'select',
          choices: choices({
            list_price: 'Sales price',
            standard_price: 'Cost',
            pricelist: 'Other pricelist',
          }),
          visibleWhen: ruleVisible('formula'),
        },
        {
          name: 'base_pricelist_id',
          label: 'Other pricelist',
          kind: 'relation',
          path: '/api/pricelists',
          nullable: true,
          visibleWhen: (v) => v.compute_price === 'formula' && v.base === 'pricelist',
        },
        {
          name: 'price_discount',
          label: 'Discount %',
          kind: 'decimal',
          visibleWhen: ruleVisible('formula'),
        },
        {
          name: 'price_surcharge',
          label: 'Surcharge',
          kind: 'decimal',
          visibleWhen: ruleVisible('formula'),
        },
        {
          name: 'price_round',
          label: 'Round to',
          kind: 'decimal',
          visibleWhen: ruleVisible('formula'),
        },
        {
          name: 'price_min_margin',
          label: 'Min. margin',
          kind: 'decimal',
          visibleWhen: ruleVisible('formula'),
        },
        {
          name: 'price_max_margin',
          label: 'Max. margin',
          kind: 'decimal',
          visibleWhen: ruleVisible('formula'),
        },
        { name: 'date_start', label: 'From', kind: 'datetime', nullable: true },
        { name: 'date_end', label: 'Until', kind: 'datetime', nullable: true },
      ],
    },
  ],
};

const PAYMENT_KINDS = choices({
  cash: 'Cash (counted in the drawer)',
  bank: 'Card or bank',
  pay_later: 'Customer account (needs a customer)',
});

const paymentMethods: EntitySpec = {
  slug: 'payment-methods',
  title: 'Payment methods',
  singular: 'payment method',
  subtitle: 'How customers pay; each shop chooses the ones its tills offer.',
  columns: [
    nameColumn,
    {
      key: 'kind',
      header: 'Kind',
      render: (r) => PAYMENT_KINDS.find((c) => c.value === r.kind)?.label ?? text(r.kind),
    },
    { key: 'sequence', header: 'Order', align: 'right', render: (r) => text(r.sequence) },
  ],
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'kind', label: 'Kind', kind: 'select', required: true, choices: PAYMENT_KINDS },
    { name: 'receivable_account_code', label: 'Receivable account', kind: 'text', nullable: true },
    { name: 'sequence', label: 'Order', kind: 'integer', help: 'Smaller comes first at the till.' },
    active,
  ],
};

const customers: EntitySpec = {
  slug: 'customers',
  title: 'Customers',
  singular: 'customer',
  subtitle: 'Contacts, their card, their prices and taxes.',
  searchPlaceholder: 'Name, email or phone',
  csv: true,
  importHelp:
    'The export’s columns. A row whose barcode, else email, names a customer updates it; the others are new customers.',
  columns: [
    nameColumn,
    { key: 'email', header: 'Email', render: (r) => text(r.email) },
    { key: 'phone', header: 'Phone', nowrap: true, render: (r) => text(r.phone) },
    { key: 'city', header: 'City', render: (r) => text(r.city) },
  ],
  sections: [
    { title: 'Contact', fields: ['name', 'email', 'phone', 'tax_id', 'barcode', 'active'] },
    { title: 'Address', fields: ['street', 'street2', 'zip', 'city', 'state', 'country_code'] },
    { title: 'Prices and taxes', fields: ['pricelist_id', 'fiscal_position_id'] },
  ],
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'email', label: 'Email', kind: 'text', nullable: true },
    { name: 'phone', label: 'Phone', kind: 'text', nullable: true },
    { name: 'tax_id', label: 'Tax id', kind: 'text', nullable: true },
    {
      name: 'barcode',
      label: 'Card barcode',
      kind: 'text',
      nullable: true,
      help: 'Scanning it at the till picks this customer.',
    },
    active,
    { name: 'street', label: 'Street', kind: 'text', nullable: true },
    { name: 'street2', label: 'Street (2)', kind: 'text', nullable: true },
    { name: 'zip', label: 'Postcode', kind: 'text', nullable: true },
    { name: 'city', label: 'City', kind: 'text', nullable: true },
    { name: 'state', label: 'State or region', kind: 'text', nullable: true },
    {
      name: 'country_code',
      label: 'Country',
      kind: 'text',
      nullable: true,
      help: 'An ISO code: FR, BE, DE…',
    },
    { name: 'pricelist_id', label: 'Pricelist', kind: 'relation', path: '/api/pricelists', nullable: true },
    {
      name: 'fiscal_position_id',
      label: 'Fiscal position',
      kind: 'relation',
      path: '/api/fiscal-positions',
      nullable: true,
    },
  ],
};

const employees: EntitySpec = {
  slug: 'employees',
  title: 'Employees',
  singular: 'employee',
  subtitle: 'The people who sell: they open a till with their PIN or badge.',
  lookups: ['/api/shops'],
  columns: [
    nameColumn,
    { key: 'role', header: 'Role', render: (r) => (r.role === 'manager' ? 'Manager' : 'Cashier') },
    {
      key: 'pin',
      header: 'PIN',
      render: (r) => (r.has_pin ? <Badge tone="ok">Set</Badge> : <span className="muted">None</span>),
    },
    { key: 'badge', header: 'Badge', nowrap: true, render: (r) => text(r.badge_barcode) },
    {
      key: 'shops',
      header: 'Shops',
      render: (r, c) =>
        Array.isArray(r.shop_ids) ? r.shop_ids.map((id) => c.nameOf('/api/shops', id)).join(', ') : '',
    },
  ],
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    {
      name: 'role',
      label: 'Role',
      kind: 'select',
      required: true,
      choices: choices({ cashier: 'Cashier', manager: 'Manager (may confirm closings, refunds)' }),
    },
    {
      name: 'pin',
      label: 'New PIN',
      kind: 'secret',
      pattern: /^\d{4,8}$/,
      patternMessage: 'A PIN is 4 to 8 digits.',
      help: '4 to 8 digits, never shown again. Left empty, the PIN stays as it is.',
    },
    {
      name: 'badge_barcode',
      label: 'Badge barcode',
      kind: 'text',
      nullable: true,
      help: 'Scanning the badge at the till logs this employee in.',
    },
    { name: 'shop_ids', label: 'Shops', kind: 'relation', path: '/api/shops', many: true, wide: true },
    active,
  ],
  aside: (r) =>
    r.has_pin ? <Badge tone="ok">PIN set</Badge> : <Badge tone="warning">No PIN: logs in without one</Badge>,
};

const shops: EntitySpec = {
  slug: 'shops',
  title: 'Shops',
  singular: 'shop',
  subtitle: 'Each shop’s currency, receipts, cash control and what its tills offer.',
  plainList: true,
  noDelete: true,
  columns: [
    nameColumn,
    { key: 'currency', header: 'Currency', render: (r) => text(r.currency_code) },
    {
      key: 'mode',
      header: 'Mode',
      render: (r) => (r.restaurant_mode ? 'Restaurant' : 'Shop'),
    },
    {
      key: 'session',
      header: 'Session',
      render: (r) => (r.session ? <Badge tone="ok">Open</Badge> : <span className="muted">Closed</span>),
    },
  ],
  sections: [
    {
      title: 'Shop',
      fields: [
        'name',
        'currency_code',
        'currency_decimals',
        'time_zone',
        'restaurant_mode',
        'tips_enabled',
        'allow_price_change',
        'active',
      ],
    },
    { title: 'Receipts', fields: ['receipt_header', 'receipt_footer'] },
    {
      title: 'Cash',
      fields: ['cash_control', 'max_closing_difference', 'denominations', 'stock_update'],
    },
    {
      title: 'Cash rounding',
      fields: [
        'cash_rounding',
        'cash_rounding_precision',
        'cash_rounding_method',
        'cash_rounding_strategy',
        'cash_rounding_cash_only',
      ],
    },
    {
      title: 'What the tills offer',
      fields: [
        'payment_method_ids',
        'pricelist_ids',
        'default_pricelist_id',
        'fiscal_position_ids',
        'default_fiscal_position_id',
      ],
    },
  ],
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    {
      name: 'currency_code',
      label: 'Currency',
      kind: 'text',
      required: true,
      initial: 'EUR',
      help: 'ISO code: EUR, USD, GBP…',
    },
    { name: 'currency_decimals', label: 'Currency decimals', kind: 'integer' },
    {
      name: 'time_zone',
      label: 'Time zone',
      kind: 'text',
      nullable: true,
      help: 'Where the shop is, e.g. Europe/Paris: its days and hours in reports. Empty: the server’s.',
    },
    { name: 'restaurant_mode', label: 'Restaurant (floors and tables)', kind: 'boolean' },
    { name: 'tips_enabled', label: 'Tips', kind: 'boolean' },
    { name: 'allow_price_change', label: 'Cashiers may change a price', kind: 'boolean' },
    active,
    { name: 'receipt_header', label: 'Receipt header', kind: 'text', multiline: true },
    { name: 'receipt_footer', label: 'Receipt footer', kind: 'text', multiline: true },
    {
      name: 'cash_control',
      label: 'Count the cash at opening and closing',
      kind: 'boolean',
    },
    {
      name: 'max_closing_difference',
      label: 'Largest difference a cashier may close with',
      kind: 'decimal',
      help: 'Above it, a manager confirms.',
    },
    {
      name: 'denominations',
      label: 'Coins and bills',
      kind: 'list',
      decimal: true,
      help: 'One value per line, for the counting calculator.',
    },
    { name: 'cash_rounding', label: 'Round cash totals', kind: 'boolean' },
    {
      name: 'cash_rounding_precision',
      label: 'Round to',
      kind: 'decimal',
      help: '0.05 rounds to five cents.',
      visibleWhen: (v) => v.cash_rounding === true,
    },
    {
      name: 'cash_rounding_method',
      label: 'Rounding',
      kind: 'select',
      choices: choices({ 'HALF-UP': 'To the nearest', UP: 'Up', DOWN: 'Down' }),
      visibleWhen: (v) => v.cash_rounding === true,
    },
    {
      name: 'cash_rounding_strategy',
      label: 'Rounding kept as',
      kind: 'select',
      choices: choices({ add_line: 'A rounding line', biggest_tax: 'Part of the biggest tax' }),
      visibleWhen: (v) => v.cash_rounding === true,
    },
    {
      name: 'cash_rounding_cash_only',
      label: 'Only when paid in cash',
      kind: 'boolean',
      visibleWhen: (v) => v.cash_rounding === true,
    },
    {
      name: 'stock_update',
      label: 'Stock moves',
      kind: 'select',
      choices: choices({ real: 'With each order', closing: 'At closing' }),
    },
    {
      name: 'payment_method_ids',
      label: 'Payment methods',
      kind: 'relation',
      path: '/api/payment-methods',
      many: true,
    },
    { name: 'pricelist_ids', label: 'Pricelists', kind: 'relation', path: '/api/pricelists', many: true },
    {
      name: 'default_pricelist_id',
      label: 'Default pricelist',
      kind: 'relation',
      path: '/api/pricelists',
      nullable: true,
    },
    {
      name: 'fiscal_position_ids',
      label: 'Fiscal positions',
      kind: 'relation',
      path: '/api/fiscal-positions',
      many: true,
    },
    {
      name: 'default_fiscal_position_id',
      label: 'Default fiscal position',
      kind: 'relation',
      path: '/api/fiscal-positions',
      nullable: true,
    },
  ],
};

export const ENTITIES: readonly EntitySpec[] = [
  products,
  categories,
  customers,
  employees,
  pricelists,
  taxes,
  fiscalPositions,
  paymentMethods,
  shops,
];

export function entityBySlug(slug: string): EntitySpec | undefined {
  return ENTITIES.find((e) => e.slug === slug);
}
