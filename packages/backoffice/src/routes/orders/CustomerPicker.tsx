import { useEffect, useState } from 'react';
import { searchCustomers, type CustomerOption } from '../../api/customers.ts';
import { Field } from '../../components/Field.tsx';

interface Props {
  /** '' keeps the order's customer, 'none' removes it, otherwise a customer id. */
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** Find a customer by name, email or phone, and pick one (or none). */
export function CustomerPicker({ value, onChange }: Props) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<readonly CustomerOption[]>([]);
  const [message, setMessage] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (q.trim().length < 2) return;
    const timer = setTimeout(() => {
      void searchCustomers(q.trim()).then((r) => {
        if (r.ok) {
          setFound(r.value.items);
          setMessage(r.value.items.length ? undefined : 'No customer found.');
        } else setMessage(r.error.message);
      });
    }, 300);
    return () => clearTimeout(timer);
  }, [q]);

  return (
    <div className="customer-picker">
      <Field label="Find a customer" hint={message}>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Name, email or phone"
        />
      </Field>
      <Field label="Customer">
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">Keep the order’s customer</option>
          <option value="none">No customer</option>
          {found.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name}
              {c.email ? ` · ${c.email}` : ''}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
