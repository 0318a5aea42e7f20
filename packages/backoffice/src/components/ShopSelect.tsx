import type { ShopOption } from '../api/shops.ts';

interface Props {
  readonly shops: readonly ShopOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly id?: string;
  readonly allLabel?: string;
}

/** A shop filter: every shop, or one. */
export function ShopSelect({ shops, value, onChange, id, allLabel = 'All shops' }: Props) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{allLabel}</option>
      {shops.map((s) => (
        <option key={s.id} value={String(s.id)}>
          {s.name}
        </option>
      ))}
    </select>
  );
}
