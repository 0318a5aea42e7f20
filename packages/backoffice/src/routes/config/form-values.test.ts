import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiFailure } from '../../api/http.ts';
import type { FieldSpec, FormValues } from './entity.ts';
import { entityBySlug } from './entities.tsx';
import {
  buildBody,
  claimsField,
  emptyValues,
  errorFor,
  errorForField,
  parseDecimal,
  serverFieldError,
  shortDecimal,
  valuesFromRecord,
} from './form-values.ts';

const fields: FieldSpec[] = [
  { name: 'name', label: 'Name', kind: 'text', required: true },
  { name: 'internal_reference', label: 'Reference', kind: 'text', nullable: true },
  { name: 'list_price', label: 'Price', kind: 'decimal', required: true },
  { name: 'standard_price', label: 'Cost', kind: 'decimal' },
  { name: 'sequence', label: 'Order', kind: 'integer' },
  { name: 'category_id', label: 'Category', kind: 'relation', path: '/api/categories', nullable: true },
  { name: 'tax_ids', label: 'Taxes', kind: 'relation', path: '/api/taxes', many: true },
  { name: 'barcodes', label: 'Barcodes', kind: 'list' },
  { name: 'active', label: 'Active', kind: 'boolean', initial: true },
  {
    name: 'uom',
    label: 'Unit',
    kind: 'select',
    required: true,
    choices: [
      { value: 'unit', label: 'Unit' },
      { value: 'kg', label: 'kg' },
    ],
  },
  {
    name: 'pin',
    label: 'PIN',
    kind: 'secret',
    pattern: /^\d{4,8}$/,
    patternMessage: 'A PIN is 4 to 8 digits.',
  },
];

const record = {
  id: 7,
  name: 'Espresso',
  internal_reference: null,
  list_price: '2.5000',
  standard_price: '0.4000',
  sequence: 10,
  category_id: 3,
  tax_ids: [1, 2],
  barcodes: ['3760001', '3760002'],
  active: true,
  uom: 'unit',
  has_pin: true,
};

describe('parseDecimal', () => {
  it('keeps the text as typed, a comma read as the point, never through a float', () => {
    expect(parseDecimal('12.50')).toEqual({ ok: true, value: '12.50' });
    expect(parseDecimal(' 12,5 ')).toEqual({ ok: true, value: '12.5' });
    expect(parseDecimal('1 234.10')).toEqual({ ok: true, value: '1234.10' });
    expect(parseDecimal('0.1')).toEqual({ ok: true, value: '0.1' });
    expect(parseDecimal('007')).toEqual({ ok: true, value: '7' });
    expect(parseDecimal('-3.0001')).toEqual({ ok: true, value: '-3.0001' });
    expect(parseDecimal('99999999999.9999')).toEqual({ ok: true, value: '99999999999.9999' });
  });

  it('refuses what is not a decimal, with a sentence', () => {
    expect(parseDecimal('12.5€')).toEqual({ ok: false, message: 'Enter a number such as 12.50.' });
    expect(parseDecimal('1e3')).toMatchObject({ ok: false });
    expect(parseDecimal('')).toMatchObject({ ok: false });
    expect(parseDecimal('1.2.3')).toMatchObject({ ok: false });
    expect(parseDecimal('1234567890123')).toMatchObject({ ok: false });
    expect(parseDecimal('1.23456')).toEqual({ ok: false, message: 'Use at most 4 decimals.' });
    expect(parseDecimal('1.234', 2)).toEqual({ ok: false, message: 'Use at most 2 decimals.' });
  });

  it('answers the same digits it was given for any decimal the database holds', () => {
    const decimal = fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 999_999_999_999n }),
        fc.option(fc.stringMatching(/^\d{1,4}$/)),
      )
      .map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole}${frac === null ? '' : `.${frac}`}`);
    fc.assert(
      fc.property(decimal, (text) => {
        const parsed = parseDecimal(text);
        expect(parsed).toEqual({ ok: true, value: text });
        expect(parseDecimal(text.replace('.', ','))).toEqual({ ok: true, value: text });
      }),
    );
  });
});

describe('shortDecimal', () => {
  it('drops the column’s scale, keeps cents as cents, never changes a digit', () => {
    expect(shortDecimal('5.0000')).toBe('5');
    expect(shortDecimal('1.4500')).toBe('1.45');
    expect(shortDecimal('2.5000')).toBe('2.50');
    expect(shortDecimal('0.0500')).toBe('0.05');
    expect(shortDecimal('-3.1250')).toBe('-3.125');
    expect(shortDecimal('12')).toBe('12');
    expect(shortDecimal('abc')).toBe('abc');
  });
});

describe('buildBody', () => {
  it('turns a new record’s values into the body: decimals as strings, ids as numbers, lists as arrays', () => {
    const values = {
      ...emptyValues(fields),
      name: '  Croissant ',
      list_price: '1,20',
      category_id: '4',
      tax_ids: ['2'],
      barcodes: '3760010\n\n 3760011 \n',
      pin: '1234',
    };
    expect(buildBody(fields, values)).toEqual({
      ok: true,
      body: {
        name: 'Croissant',
        internal_reference: null,
        list_price: '1.20',
        category_id: 4,
        tax_ids: [2],
        barcodes: ['3760010', '3760011'],
        active: true,
        uom: 'unit',
        pin: '1234',
      },
    });
  });

  it('sends only what changed on an existing record, and never an empty PIN', () => {
    const original = valuesFromRecord(fields, record);
    expect(original.list_price).toBe('2.50');
    expect(original.standard_price).toBe('0.40');
    expect(original.barcodes).toBe('3760001\n3760002');
    expect(original.pin).toBe('');
    expect(buildBody(fields, original, original)).toEqual({ ok: true, body: {} });
    const edited = { ...original, name: 'Espresso double', list_price: '3.10', category_id: '' };
    expect(buildBody(fields, edited, original)).toEqual({
      ok: true,
      body: { name: 'Espresso double', list_price: '3.10', category_id: null },
    });
  });

  it('names every field that cannot be sent, with a message a person understands', () => {
    const values = { ...emptyValues(fields), name: ' ', list_price: '12.5 EUR', sequence: '1.5', pin: '12' };
    expect(buildBody(fields, values)).toEqual({
      ok: false,
      errors: {
        name: 'Required.',
        list_price: 'Enter a number such as 12.50.',
        sequence: 'Enter a whole number.',
        pin: 'A PIN is 4 to 8 digits.',
      },
    });
  });

  it('leaves out fields hidden by the others, and builds rows with their own paths', () => {
    const pricelist = entityBySlug('pricelists')!;
    const rules: FormValues[] = [
      {
        ...emptyValues(
          (pricelist.fields.find((f) => f.name === 'rules') as { fields: readonly FieldSpec[] }).fields,
        ),
        applied_on: 'all',
        compute_price: 'fixed',
        fixed_price: '2',
        percent_price: '50',
        min_quantity: '1',
      },
      {
        applied_on: 'product',
        product_id: '9',
        compute_price: 'percentage',
        percent_price: 'ten',
      },
    ];
    const values = { ...emptyValues(pricelist.fields), name: 'Happy hour', rules };
    const built = buildBody(pricelist.fields, values);
    expect(built).toEqual({
      ok: false,
      errors: { 'rules.1.percent_price': 'Enter a number such as 12.50.' },
    });
    const fixed = buildBody(pricelist.fields, {
      ...values,
      rules: [rules[0]!, { ...rules[1]!, percent_price: '10' }],
    });
    expect(fixed.ok && fixed.body.rules).toEqual([
      {
        applied_on: 'all',
        min_quantity: '1',
        date_start: null,
        date_end: null,
        compute_price: 'fixed',
        fixed_price: '2',
      },
      {
        applied_on: 'product',
        product_id: 9,
        date_start: null,
        date_end: null,
        compute_price: 'percentage',
        percent_price: '10',
      },
    ]);
  });

  it('keeps a rule’s dates through the form: an instant shown in local time goes back as the same instant', () => {
    const pricelist = entityBySlug('pricelists')!;
    const record = {
      id: 1,
      name: 'Happy hour',
      rules: [
        {
          id: 4,
          applied_on: 'all',
          compute_price: 'percentage',
          percent_price: '20.0000',
          date_start: '2026-11-23T16:00:00.000Z',
          date_end: null,
        },
      ],
    };
    const original = valuesFromRecord(pricelist.fields, record);
    const rule = (original.rules as FormValues[])[0]!;
    expect(rule.date_start).toMatch(/^2026-11-2[34]T\d\d:00$/);
    expect(rule.percent_price).toBe('20');
    const body = buildBody(
      pricelist.fields,
      { ...original, name: 'Happy hours', rules: [{ ...rule, percent_price: '25' }] },
      original,
    );
    expect(body.ok && body.body.rules).toEqual([
      {
        applied_on: 'all',
        date_start: '2026-11-23T16:00:00.000Z',
        date_end: null,
        compute_price: 'percentage',
        percent_price: '25',
      },
    ]);
    expect(
      buildBody(pricelist.fields, { ...original, rules: [{ ...rule, date_end: 'soon' }] }, original),
    ).toEqual({
      ok: false,
      errors: { 'rules.0.date_end': 'Enter a date and time.' },
    });
  });
});

describe('field errors from the server', () => {
  const failure = (field: string | undefined, message: string): ApiFailure => ({
    type: 'http',
    status: 409,
    code: 'conflict',
    message,
    ...(field ? { field } : {}),
  });

  it('puts the message under its field, without the validator’s path', () => {
    expect(
      serverFieldError(failure('list_price', 'body/list_price must be a decimal string such as "12.50"')),
    ).toEqual({
      list_price: 'Must be a decimal string such as "12.50".',
    });
    expect(serverFieldError(failure('barcodes', 'This barcode is already used by "Espresso".'))).toEqual({
      barcodes: 'This barcode is already used by "Espresso".',
    });
    expect(serverFieldError(failure('/rules/0/fixed_price', 'body/rules/0/fixed_price is required'))).toEqual(
      {
        'rules.0.fixed_price': 'Is required.',
      },
    );
    expect(serverFieldError(failure(undefined, 'Not found.'))).toEqual({});
    expect(serverFieldError({ type: 'network', message: 'The server cannot be reached.' })).toEqual({});
  });

  it('shows an item’s message under its list, and knows when no field of the form claims it', () => {
    const errors = serverFieldError(failure('barcodes.1', 'This barcode is already used.'));
    expect(errorFor(errors, 'barcodes')).toBe('This barcode is already used.');
    expect(errorFor(errors, 'name')).toBeUndefined();
    expect(errorFor({ 'rules.0.fixed_price': 'Required.' }, 'rules')).toBeUndefined();
    expect(claimsField(fields, errors)).toBe(true);
    expect(claimsField(fields, serverFieldError(failure('shop_id', 'No such shop.')))).toBe(false);
  });

  it('finds a message the server gave under another name of the field (a barcode of the barcodes)', () => {
    const barcodes: FieldSpec = {
      name: 'barcodes',
      label: 'Barcodes',
      kind: 'list',
      errorAliases: ['barcode'],
    };
    const errors = serverFieldError(
      failure('barcode', 'The barcode 3760001 is already used by another record.'),
    );
    expect(errorForField(errors, barcodes, 'barcodes')).toBe(
      'The barcode 3760001 is already used by another record.',
    );
    expect(errorForField(errors, fields[0]!, 'name')).toBeUndefined();
    expect(claimsField([barcodes], errors)).toBe(true);
    expect(errorForField({ 'rules.1.barcode': 'Taken.' }, barcodes, 'rules.1.barcodes')).toBe('Taken.');
  });
});

describe('the entities', () => {
  it('describe every configuration screen of the sidebar, each field once', async () => {
    const { NAVIGATION } = await import('../../app/navigation.ts');
    const config = NAVIGATION.find((s) => s.title === 'Configuration')!;
    for (const item of config.items) {
      const spec = entityBySlug(item.href.replace('/config/', ''));
      expect(spec, item.href).toBeDefined();
      const names = spec!.fields.map((f) => f.name);
      expect(new Set(names).size, item.href).toBe(names.length);
      for (const section of spec!.sections ?? [])
        for (const n of section.fields) expect(names, `${item.href} ${n}`).toContain(n);
    }
  });
});
