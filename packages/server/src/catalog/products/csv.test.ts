import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.ts';
import { useTestApp, type TestApp, type TestSession } from '../../test/test-app.ts';
import { catalogUsers, expectCall } from '../crud-checks.ts';

async function exportCsv(t: TestApp, admin: TestSession): Promise<string> {
  const res = await t.call(admin, { method: 'GET', url: '/api/products/export.csv' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  return res.body;
}

/** Drinks / Hot, a VAT and an eco fee, and two products. */
async function smallCatalog(t: TestApp, admin: TestSession) {
  const call = (url: string, body: unknown) => expectCall(t, admin, 'POST', url, 201, body);
  const drinks = await call('/api/categories', { name: 'Drinks' });
  const hot = await call('/api/categories', { name: 'Hot', parent_id: drinks.id });
  const vat = await call('/api/taxes', { name: 'VAT 10%', amount_type: 'percent', amount: '10' });
  const eco = await call('/api/taxes', { name: '=Eco', amount_type: 'fixed', amount: '0.1' });
  const tea = await call('/api/products', {
    name: 'Tea, "green"',
    internal_reference: 'TEA',
    barcodes: ['3000000000017', '3000000000024'],
    category_id: hot.id,
    list_price: '2.5',
    tax_ids: [vat.id, eco.id],
  });
  const apples = await call('/api/products', {
    name: 'Apples',
    uom: 'kg',
    list_price: '3.20',
    active: false,
  });
  return { tea, apples, vat, eco };
}

const importCsv = (t: TestApp, admin: TestSession, csv: string, dry_run = false) =>
  expectCall(t, admin, 'POST', '/api/products/import', 200, { csv, dry_run });

describe.each(testDatabases())('products CSV on %s', (kind) => {
  const t = useTestApp(kind);

  it('exports one line per product: barcodes and taxes joined with |, the category by full name', async () => {
    const { admin } = await catalogUsers(t.current);
    const { tea, apples } = await smallCatalog(t.current, admin);
    expect((await exportCsv(t.current, admin)).split('\r\n')).toEqual([
      'id,name,internal_reference,barcodes,category,list_price,standard_price,taxes,uom,tracking,available_in_pos,active,income_account_code',
      `${tea.id},"Tea, ""green""",TEA,3000000000017|3000000000024,Drinks / Hot,2.5,0,VAT 10%|=Eco,unit,none,true,true,`,
      `${apples.id},Apples,,,,3.2,0,,kg,none,true,false,`,
      '',
    ]);
  });

  it('export then import changes nothing; an import creates and updates; dry run writes nothing', async () => {
    const { admin } = await catalogUsers(t.current);
    const { tea } = await smallCatalog(t.current, admin);
    const csv = await exportCsv(t.current, admin);
    expect(await importCsv(t.current, admin, csv)).toEqual({ created: 0, updated: 0, errors: [] });
    expect(await exportCsv(t.current, admin)).toBe(csv);

    const changes = [
      'name,internal_reference,barcodes,list_price,taxes',
      'Green tea,TEA,3000000000017,2.80,VAT 10%', // matched by reference
      'Apples,,,3.20,', // no reference, no barcode: a new product
      'Scone,SC-1,4000000000016,1.5,VAT 10%',
    ].join('\n');
    expect(await importCsv(t.current, admin, changes, true)).toEqual({ created: 2, updated: 1, errors: [] });
    expect(await exportCsv(t.current, admin)).toBe(csv);
    expect(await importCsv(t.current, admin, changes)).toEqual({ created: 2, updated: 1, errors: [] });
    const after = await expectCall(t.current, admin, 'GET', `/api/products/${tea.id}`, 200);
    expect(after).toMatchObject({ name: 'Green tea', list_price: '2.8000', barcodes: ['3000000000017'] });
    expect((after.tax_ids as number[]).length).toBe(1);
    expect(after.category_id).toBe(tea.category_id); // a column left out stays
    const byBarcode = 'name,barcodes,list_price\nScone (big),4000000000016,1.9';
    expect(await importCsv(t.current, admin, byBarcode)).toEqual({ created: 0, updated: 1, errors: [] });
    const scone = await expectCall(t.current, admin, 'GET', '/api/products?barcode=4000000000016', 200);
    expect(scone.items).toMatchObject([
      { name: 'Scone (big)', internal_reference: 'SC-1', list_price: '1.9000' },
    ]);
  });

  it('bad lines name their line and field, and nothing is written', async () => {
    const { admin } = await catalogUsers(t.current);
    await smallCatalog(t.current, admin);
    const before = await exportCsv(t.current, admin);
    const bad = [
      'name,barcodes,category,list_price,taxes,uom',
      'Good,5000000000014,Drinks / Hot,1,,unit',
      'Priced,,,"1,5",,unit',
      ',,,1,,unit',
      'Lost,,Drinks / Cold,1,,unit',
      'Taxed,,,1,VAT 99%,unit',
      'Liquid,,,1,,litre',
      'Twin,3000000000017|5000000000014,,1,,unit',
    ].join('\n');
    const answer = await importCsv(t.current, admin, bad);
    expect(answer).toEqual({
      created: 0,
      updated: 0,
      errors: [
        { line: 3, field: 'list_price', message: 'must be a decimal number such as 12.50, not "1,5"' },
        { line: 4, field: 'name', message: 'is required' },
        {
          line: 5,
          field: 'category',
          message: 'no category "Drinks / Cold" (give its full name, e.g. "Drinks / Hot")',
        },
        { line: 6, field: 'taxes', message: 'no tax "VAT 99%"' },
        { line: 7, field: 'uom', message: 'must be one of unit, kg' },
        { line: 8, field: 'barcodes', message: 'the barcode 5000000000014 is on line 2 too' },
      ],
    });
    expect(await exportCsv(t.current, admin)).toBe(before);
    const header = await importCsv(t.current, admin, 'title,price\nX,1');
    expect(header.errors).toEqual([
      { line: 1, field: 'title', message: 'unknown column "title"' },
      { line: 1, field: 'price', message: 'unknown column "price"' },
      { line: 1, field: 'name', message: 'the column "name" is required' },
    ]);
  });

  it('only admins export and import', async () => {
    const { manager, cashier } = await catalogUsers(t.current);
    for (const who of [manager, cashier]) {
      expect((await t.current.call(who, { method: 'GET', url: '/api/products/export.csv' })).statusCode).toBe(
        403,
      );
      await expectCall(t.current, who, 'POST', '/api/products/import', 403, { csv: 'name\nX' });
    }
    expect((await t.current.app.inject({ method: 'GET', url: '/api/products/export.csv' })).statusCode).toBe(
      401,
    );
  });
});
