import { useLoad } from '../app/use-load.ts';
import { loadOptions } from '../api/options.ts';
import { Field } from './Field.tsx';

interface Props {
  readonly label: string;
  /** The list route the options come from, e.g. /api/employees. */
  readonly path: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly allLabel: string;
}

/** A filter on one record of a list; absent while its route cannot be read (not built, no right). */
export function OptionFilter({ label, path, value, onChange, allLabel }: Props) {
  const { data } = useLoad(`options-${path}`, () => loadOptions(path));
  if (!data) return null;
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {data.map((o) => (
          <option key={o.id} value={String(o.id)}>
            {o.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
