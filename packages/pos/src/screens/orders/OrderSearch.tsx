import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { useApp } from '../../state/hooks.ts';

export interface OrderFilter {
  readonly receipt: string;
  readonly customerId: number | null;
  readonly from: string;
  readonly to: string;
}

export function OrderSearch({
  filter,
  onSearch,
}: {
  filter: OrderFilter;
  onSearch: (f: OrderFilter) => void;
}) {
  const { catalog } = useApp();
  const [receipt, setReceipt] = useState(filter.receipt);
  const [customerText, setCustomerText] = useState('');
  const [customerId, setCustomerId] = useState<number | null>(filter.customerId);
  const [from, setFrom] = useState(filter.from);
  const [to, setTo] = useState(filter.to);
  const deferred = useDeferredValue(customerText);
  const matches = useMemo(
    () =>
      deferred.trim() === ''
        ? []
        : catalog.customerIndex
            .search({ query: deferred, groups: null })
            .slice(0, 30)
            .map((id) => catalog.customers.get(id)!),
    [catalog, deferred],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch({ receipt, customerId, from, to });
  };

  return (
    <form className="order-search" onSubmit={submit}>
      <label>
        Receipt number
        <input
          value={receipt}
          onChange={(e) => setReceipt(e.target.value)}
          placeholder="Order 00012-003-0007 or 0007"
        />
      </label>
      <label>
        Customer
        <input
          value={customerText}
          onChange={(e) => {
            setCustomerText(e.target.value);
            setCustomerId(null);
          }}
          placeholder="Name"
        />
      </label>
      {matches.length > 0 && customerId === null && (
        <select
          aria-label="Matching customers"
          size={Math.min(5, matches.length)}
          onChange={(e) => {
            const id = Number(e.target.value);
            setCustomerId(id);
            setCustomerText(catalog.customers.get(id)?.name ?? '');
          }}
        >
          {matches.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      )}
      <label>
        From
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        To
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <button className="btn-primary">Search</button>
    </form>
  );
}
