import { ZERO } from '../money/decimal.ts';
import type { FiscalPosition } from '../fiscal/fiscal-position.ts';
import { TAX_AMOUNT_TYPES, type Tax, type TaxIndex } from '../tax/tax.ts';
import {
  InputError,
  optional,
  readArray,
  readBoolean,
  readDecimal,
  readEnum,
  readInteger,
  readObject,
  readString,
  required,
  type Json,
} from './json-reader.ts';

/** Reads the `taxes` list; checks that ids are unique and every group child exists and is no loop. */
export function readTaxes(v: Json): Tax[] {
  const taxes = readArray(v, 'taxes').map((raw, i): Tax => {
    const p = `taxes[${i}].`;
    const o = readObject(raw, `taxes[${i}]`);
    const amountType = readEnum(required(o, 'amount_type', p), `${p}amount_type`, TAX_AMOUNT_TYPES);
    const id = readString(required(o, 'id', p), `${p}id`);
    return {
      id,
      name: optional(o, 'name', readString, p) ?? id,
      amount_type: amountType,
      amount:
        amountType === 'group'
          ? (optional(o, 'amount', readDecimal, p) ?? ZERO)
          : readDecimal(required(o, 'amount', p), `${p}amount`),
      price_include: optional(o, 'price_include', readBoolean, p) ?? false,
      include_base_amount: optional(o, 'include_base_amount', readBoolean, p) ?? false,
      is_base_affected: optional(o, 'is_base_affected', readBoolean, p) ?? true,
      sequence: optional(o, 'sequence', (x, path) => readInteger(x, path, -1_000_000, 1_000_000), p) ?? 1,
      children:
        optional(
          o,
          'children',
          (x, path) => readArray(x, path).map((c, j) => readString(c, `${path}[${j}]`)),
          p,
        ) ?? [],
    };
  });
  const ids = new Set<string>();
  taxes.forEach((t, i) => {
    if (ids.has(t.id)) throw new InputError(`taxes[${i}].id`, `"${t.id}" is listed twice`);
    ids.add(t.id);
  });
  taxes.forEach((t, i) =>
    t.children.forEach((c, j) => {
      if (!ids.has(c)) throw new InputError(`taxes[${i}].children[${j}]`, `unknown tax id "${c}"`);
    }),
  );
  checkNoGroupLoop(taxes);
  return taxes;
}

function checkNoGroupLoop(taxes: readonly Tax[]): void {
  const byId = new Map(taxes.map((t) => [t.id, t]));
  const visit = (t: Tax, path: string[]): void => {
    if (path.includes(t.id))
      throw new InputError('taxes', `group "${t.id}" contains itself (${[...path, t.id].join(' → ')})`);
    for (const c of t.children) {
      const child = byId.get(c);
      if (child) visit(child, [...path, t.id]);
    }
  };
  taxes.forEach((t) => visit(t, []));
}

/** Reads a list of tax ids and checks each is a known tax. */
export function readTaxIds(v: Json, path: string, index: TaxIndex): string[] {
  return readArray(v, path).map((x, i) => {
    const id = readString(x, `${path}[${i}]`);
    if (!index.has(id)) throw new InputError(`${path}[${i}]`, `unknown tax id "${id}"`);
    return id;
  });
}

export function readFiscalPosition(v: Json, index: TaxIndex): FiscalPosition {
  const o = readObject(v, 'fiscal_position');
  const map = readArray(required(o, 'map', 'fiscal_position.'), 'fiscal_position.map').map((raw, i) => {
    const p = `fiscal_position.map[${i}].`;
    const m = readObject(raw, `fiscal_position.map[${i}]`);
    const from = readTaxIds([required(m, 'from', p)], `${p}from`, index)[0] as string;
    return { from, to: readTaxIds(required(m, 'to', p), `${p}to`, index) };
  });
  return {
    id: optional(o, 'id', readString, 'fiscal_position.') ?? 'fiscal_position',
    name: optional(o, 'name', readString, 'fiscal_position.') ?? 'Fiscal position',
    map,
  };
}
