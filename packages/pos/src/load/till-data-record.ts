import { TILL_DATA_VERSION, type TillDataRecord } from '@till/core';

const RECORD_TYPES = new Set<TillDataRecord['type']>([
  'meta',
  'shop',
  'categories',
  'taxes',
  'fiscal_positions',
  'pricelists',
  'payment_methods',
  'employees',
  'products',
  'customers',
  'removed',
  'end',
]);

/**
 * Checks the shape of one record of the load stream, enough to refuse what is not one (a proxy's
 * page, a newer format) with a message that says so. The fields inside are the server's contract.
 */
export function readTillDataRecord(
  value: unknown,
): { ok: true; record: TillDataRecord } | { ok: false; error: string } {
  if (!value || typeof value !== 'object') return { ok: false, error: 'a record is not an object' };
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !RECORD_TYPES.has(type as TillDataRecord['type'])) {
    return { ok: false, error: `unknown record type ${JSON.stringify(type)}` };
  }
  const record = value as TillDataRecord;
  if (record.type === 'meta' && record.format !== TILL_DATA_VERSION) {
    return {
      ok: false,
      error: `the server sends load format ${String(record.format)}, this till reads ${TILL_DATA_VERSION}: reload the page to update the till`,
    };
  }
  if ('items' in record && !Array.isArray(record.items))
    return { ok: false, error: `"${type}" has no items list` };
  return { ok: true, record };
}
