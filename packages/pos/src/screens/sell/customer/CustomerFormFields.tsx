import type { CustomerForm } from '../../../customers/save-customer.ts';

const FIELDS: readonly { key: keyof CustomerForm; label: string; type?: string; wide?: boolean }[] = [
  { key: 'name', label: 'Name', wide: true },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
  { key: 'street', label: 'Street', wide: true },
  { key: 'zip', label: 'ZIP' },
  { key: 'city', label: 'City' },
  { key: 'country', label: 'Country' },
  { key: 'tax_id', label: 'Tax ID' },
];

export function CustomerFormFields({
  form,
  onChange,
}: {
  form: CustomerForm;
  onChange: (form: CustomerForm) => void;
}) {
  return (
    <div className="customer-form">
      {FIELDS.map((f) => (
        <label key={f.key} className={f.wide ? 'customer-wide' : ''}>
          {f.label}
          <input
            type={f.type ?? 'text'}
            value={form[f.key] ?? ''}
            required={f.key === 'name'}
            onChange={(e) => onChange({ ...form, [f.key]: e.target.value })}
          />
        </label>
      ))}
    </div>
  );
}
