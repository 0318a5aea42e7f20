import type { ApiFailure } from '../../api/http.ts';
import type { FieldSpec, FieldValue, FormValues } from './entity.ts';

/**
 * The form's logic without React: a record becomes what the inputs show, what the inputs show
 * becomes a request body (or messages for the fields that cannot be sent), a server failure
 * becomes a message under its field.
 */

/** Messages by field path: `list_price`, `rules.2.fixed_price`. */
export type FieldErrors = Readonly<Record<string, string>>;

export type BodyResult =
  | { readonly ok: true; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly errors: FieldErrors };

/** A decimal as the database keeps it: up to 12 digits before the point and 4 after. */
const DECIMAL = /^-?\d{1,12}(\.\d+)?$/;

/**
 * The decimal string for what a person typed, or why it is not one. A comma is read as the
 * decimal point ("12,50" is what a French keyboard gives); spaces between thousands are dropped.
 * Never goes through a float: "0.1" stays "0.1".
 */
export function parseDecimal(
  text: string,
  scale = 4,
): { ok: true; value: string } | { ok: false; message: string } {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!DECIMAL.test(cleaned)) return { ok: false, message: 'Enter a number such as 12.50.' };
  const decimals = cleaned.split('.')[1] ?? '';
  if (decimals.length > scale)
    return {
      ok: false,
      message: scale === 0 ? 'Enter a whole number.' : `Use at most ${scale} decimals.`,
    };
  return { ok: true, value: cleaned.replace(/^(-?)0+(?=\d)/, '$1') };
}

/**
 * A decimal as a person reads it: the column's scale dropped ("5.0000" → "5", "1.4500" → "1.45",
 * "2.5000" → "2.50"), the digits otherwise untouched.
 */
export function shortDecimal(value: string): string {
  const m = /^(-?\d+)\.(\d*?)0*$/.exec(value);
  if (!m) return value;
  const fraction = m[2]!;
  if (fraction === '') return m[1]!;
  return `${m[1]}.${fraction.length === 1 ? `${fraction}0` : fraction}`;
}

/** An instant as a `datetime-local` input shows it: `2026-11-23T14:05`, in the browser's zone. */
export function localDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}T${p(at.getHours())}:${p(at.getMinutes())}`;
}

/** What a field shows when the record has nothing in it. */
function blankValue(field: FieldSpec): FieldValue {
  if (field.kind === 'multiselect' || field.kind === 'rows' || (field.kind === 'relation' && field.many))
    return [];
  return '';
}

/** What an empty form shows (a new record). */
export function emptyValues(fields: readonly FieldSpec[]): FormValues {
  return Object.fromEntries(fields.map((f) => [f.name, emptyValue(f)]));
}

function emptyValue(field: FieldSpec): FieldValue {
  if (field.initial !== undefined) return field.initial;
  switch (field.kind) {
    case 'boolean':
      return false;
    case 'select':
      return field.required ? (field.choices[0]?.value ?? '') : '';
    case 'multiselect':
    case 'rows':
      return [];
    case 'relation':
      return field.many ? [] : '';
    default:
      return '';
  }
}

/** What the inputs show for a record the server answered (what it lacks is left empty). */
export function valuesFromRecord(fields: readonly FieldSpec[], record: Readonly<Record<string, unknown>>) {
  return Object.fromEntries(fields.map((f) => [f.name, valueFromRaw(f, record[f.name])])) as FormValues;
}

function valueFromRaw(field: FieldSpec, raw: unknown): FieldValue {
  if (raw === null || raw === undefined) return field.kind === 'boolean' ? false : blankValue(field);
  switch (field.kind) {
    case 'boolean':
      return raw === true;
    case 'secret':
      return '';
    case 'multiselect':
      return Array.isArray(raw) ? raw.map(String) : [];
    case 'relation':
      if (field.many) return Array.isArray(raw) ? raw.map(String) : [];
      return String(raw);
    case 'list':
      return Array.isArray(raw)
        ? raw.map((v) => (field.decimal ? shortDecimal(String(v)) : String(v))).join('\n')
        : String(raw);
    case 'decimal':
      return shortDecimal(String(raw));
    case 'datetime':
      return localDateTime(String(raw));
    case 'rows':
      return Array.isArray(raw)
        ? raw.map((row) => valuesFromRecord(field.fields, (row ?? {}) as Record<string, unknown>))
        : [];
    default:
      return String(raw);
  }
}

type Converted = { ok: true; value: unknown; send: boolean } | { ok: false; errors: Record<string, string> };

/** One field's value for the body, or the messages that keep it from being sent. */
function convert(field: FieldSpec, value: FieldValue | undefined, path: string): Converted {
  const fail = (message: string): Converted => ({ ok: false, errors: { [path]: message } });
  const none = field.nullable ? null : '';
  const text = typeof value === 'string' ? value : '';
  const blank = text.trim() === '';
  if (field.required && blank && ['text', 'decimal', 'integer', 'select', 'secret'].includes(field.kind))
    return fail('Required.');
  if (field.required && field.kind === 'relation' && !field.many && blank) return fail('Choose one.');
  switch (field.kind) {
    case 'text':
      return { ok: true, value: blank ? none : text.trim(), send: true };
    case 'decimal': {
      if (blank) return { ok: true, value: none, send: field.nullable === true };
      const parsed = parseDecimal(text, field.scale);
      return parsed.ok ? { ok: true, value: parsed.value, send: true } : fail(parsed.message);
    }
    case 'integer': {
      if (blank) return { ok: true, value: null, send: field.nullable === true };
      if (!/^-?\d{1,9}$/.test(text.trim())) return fail('Enter a whole number.');
      return { ok: true, value: Number(text.trim()), send: true };
    }
    case 'datetime': {
      if (blank) return { ok: true, value: null, send: field.nullable === true };
      const at = new Date(text);
      if (Number.isNaN(at.getTime())) return fail('Enter a date and time.');
      return { ok: true, value: at.toISOString(), send: true };
    }
    case 'boolean':
      return { ok: true, value: value === true, send: true };
    case 'select':
      return { ok: true, value: blank ? none : text, send: !blank || field.nullable === true };
    case 'multiselect':
      return { ok: true, value: Array.isArray(value) ? [...(value as string[])] : [], send: true };
    case 'relation':
      if (field.many)
        return { ok: true, value: Array.isArray(value) ? (value as string[]).map(Number) : [], send: true };
      return { ok: true, value: blank ? null : Number(text), send: true };
    case 'list': {
      const items = text
        .split(/[\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (field.required && items.length === 0) return fail('Required.');
      if (!field.decimal) return { ok: true, value: items, send: true };
      const out: string[] = [];
      for (const item of items) {
        const parsed = parseDecimal(item);
        if (!parsed.ok) return fail(`“${item}”: ${parsed.message}`);
        out.push(parsed.value);
      }
      return { ok: true, value: out, send: true };
    }
    case 'secret':
      if (blank) return { ok: true, value: undefined, send: false };
      if (field.pattern && !field.pattern.test(text.trim()))
        return fail(field.patternMessage ?? 'Not in the expected form.');
      return { ok: true, value: text.trim(), send: true };
    case 'rows': {
      const rows = Array.isArray(value) ? (value as FormValues[]) : [];
      const errors: Record<string, string> = {};
      const out = rows.map((row, i) => {
        const r = buildBody(field.fields, row, undefined, `${path}.${i}.`);
        if (!r.ok) Object.assign(errors, r.errors);
        return r.ok ? r.body : {};
      });
      return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: out, send: true };
    }
  }
}

/**
 * The request body for the form's values. With `original` (the values the record had), only the
 * fields that changed are sent: a PATCH then touches nothing someone else changed meanwhile, and
 * a PIN left empty is not sent at all. Hidden fields (`visibleWhen` false) are not sent.
 */
export function buildBody(
  fields: readonly FieldSpec[],
  values: FormValues,
  original?: FormValues,
  prefix = '',
): BodyResult {
  const body: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    if (field.readOnly) continue;
    if (field.visibleWhen && !field.visibleWhen(values)) continue;
    const result = convert(field, values[field.name], `${prefix}${field.name}`);
    if (!result.ok) {
      Object.assign(errors, result.errors);
      continue;
    }
    if (!result.send) continue;
    if (original) {
      const before = convert(field, original[field.name], field.name);
      if (before.ok && JSON.stringify(before.value) === JSON.stringify(result.value)) continue;
    }
    body[field.name] = result.value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, body };
}

/**
 * The server's message for a field, said for the person at the form: the validator's
 * "body/list_price must be …" loses its path (the message sits under the field already).
 * The field path is read with dots (`rules.0.fixed_price`); other separators are accepted.
 */
export function serverFieldError(failure: ApiFailure | null | undefined): FieldErrors {
  if (!failure || failure.type !== 'http' || !failure.field) return {};
  const path = failure.field
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .replace(/\//g, '.');
  const stripped = failure.message.replace(/^body\/\S+\s+/, '');
  const message = stripped.charAt(0).toUpperCase() + stripped.slice(1);
  return { [path]: /[.!?]$/.test(message) ? message : `${message}.` };
}

/**
 * The message to show under `path`, from the field errors: its own, or one of its items'
 * (`barcodes.1` is shown under the barcodes).
 */
export function errorFor(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const child = Object.keys(errors).find(
    (k) => k.startsWith(`${path}.`) && /^\d+$/.test(k.slice(path.length + 1)),
  );
  return child ? errors[child] : undefined;
}

/** The message for a field, under its own path or one of the names the server may use for it. */
export function errorForField(errors: FieldErrors, field: FieldSpec, path: string): string | undefined {
  const prefix = path.slice(0, path.length - field.name.length);
  for (const name of [field.name, ...(field.errorAliases ?? [])]) {
    const message = errorFor(errors, `${prefix}${name}`);
    if (message) return message;
  }
  return undefined;
}

/** Whether the failure names a field of the form (else it is shown above the form). */
export function claimsField(fields: readonly FieldSpec[], errors: FieldErrors): boolean {
  const names = new Set(fields.flatMap((f) => [f.name, ...(f.errorAliases ?? [])]));
  return Object.keys(errors).some((k) => names.has(k.split('.')[0]!));
}
