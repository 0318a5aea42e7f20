import { Badge } from '../../components/Badge.tsx';

/**
 * A decimal string from the server as a list shows it: the column's scale ("12.5000") cut back
 * to what says the value (at least `min` decimals), never through a float.
 */
export function decimalText(value: unknown, min = 2): string {
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) return value == null ? '' : String(value);
  const [whole, fraction = ''] = value.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const shown = trimmed.length >= min ? trimmed : trimmed.padEnd(min, '0');
  return shown ? `${whole}.${shown}` : whole!;
}

export function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Archived records keep their row, marked. */
export function ActiveBadge({ active }: { active: unknown }) {
  return active === false ? <Badge tone="neutral">Archived</Badge> : null;
}
