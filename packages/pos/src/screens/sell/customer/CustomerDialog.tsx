import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Dialog } from '../../../components/dialog/Dialog.tsx';
import {
  EMPTY_FORM,
  saveCustomer,
  unsentCustomers,
  type CustomerForm,
  type CustomerRef,
} from '../../../customers/save-customer.ts';
import { newUid } from '../../../order/clock.ts';
import { useApp, useCatalogVersion } from '../../../state/hooks.ts';
import { CustomerFormFields } from './CustomerFormFields.tsx';
import './customer.css';

const SHOWN = 80;

/** Find, create or edit a customer and set them on the order (their pricelist applies at once). */
export function CustomerDialog(props: {
  current: { readonly id: number | null; readonly uid: string | null; readonly name: string } | null;
  onChoose: (c: CustomerRef | null) => void;
  onClose: () => void;
}) {
  const app = useApp();
  const version = useCatalogVersion();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [editing, setEditing] = useState<{ ref: CustomerRef | null; form: CustomerForm } | null>(null);
  const [unsent, setUnsent] = useState<CustomerRef[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void unsentCustomers(app.db, deferred).then(setUnsent);
  }, [app, deferred, version]);

  const found = useMemo(() => {
    void version;
    const ids = app.catalog.customerIndex.search({ query: deferred, groups: null });
    return {
      total: ids.length,
      shown: ids
        .slice(0, SHOWN)
        .map((id) => app.catalog.customers.get(id)!)
        .filter(Boolean),
    };
  }, [app, deferred, version]);

  const save = async () => {
    if (!editing) return;
    if (editing.form.name.trim() === '') return setError('A customer needs a name.');
    const shopId = app.session?.shop_id;
    if (shopId === undefined) return;
    const saved = await saveCustomer(app.db, app.catalog, {
      shopId,
      editing: editing.ref,
      form: editing.form,
      newUid,
      now: new Date(),
    });
    app.outbox.kick();
    props.onChoose(saved);
  };

  if (editing) {
    return (
      <Dialog
        title={editing.ref ? `Edit ${editing.ref.fields.name}` : 'New customer'}
        onClose={() => setEditing(null)}
        footer={
          <>
            <button onClick={() => setEditing(null)}>Discard</button>
            <button className="btn-primary" onClick={() => void save()}>
              Save and set on the order
            </button>
          </>
        }
      >
        <CustomerFormFields form={editing.form} onChange={(form) => setEditing({ ...editing, form })} />
        {error && <p className="error-text">{error}</p>}
      </Dialog>
    );
  }

  const row = (c: CustomerRef) => (
    <li key={c.id ?? c.uid} className={`customer-row${isSame(c, props.current) ? ' customer-current' : ''}`}>
      <button className="customer-pick" onClick={() => props.onChoose(c)}>
        <strong>{c.fields.name}</strong>
        <span className="muted">
          {[c.fields.email, c.fields.phone, c.fields.city].filter(Boolean).join(' · ')}
        </span>
        {c.id === null && <span className="customer-unsent">not sent yet</span>}
      </button>
      <button onClick={() => setEditing({ ref: c, form: { ...c.fields } })}>Edit</button>
    </li>
  );

  return (
    <Dialog
      title="Customer"
      size="wide"
      onClose={props.onClose}
      footer={
        <>
          {props.current && (
            <button onClick={() => props.onChoose(null)}>Remove {props.current.name} from the order</button>
          )}
          <button
            className="btn-primary"
            onClick={() => setEditing({ ref: null, form: { ...EMPTY_FORM, name: query } })}
          >
            Create
          </button>
        </>
      }
    >
      <input
        type="search"
        placeholder="Search by name, email, phone, city…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label="Search customers"
      />
      <ul className="customer-list">
        {unsent.map(row)}
        {found.shown.map((c) => row({ id: c.id, uid: null, fields: c }))}
      </ul>
      {found.total > SHOWN && (
        <p className="muted">{found.total - SHOWN} more: type more of the name to narrow the list.</p>
      )}
      {found.total === 0 && unsent.length === 0 && (
        <p className="muted">No customer matches “{query}”. Create one?</p>
      )}
    </Dialog>
  );
}

function isSame(
  a: CustomerRef,
  b: { readonly id: number | null; readonly uid: string | null } | null,
): boolean {
  return !!b && ((a.id !== null && a.id === b.id) || (a.uid !== null && a.uid === b.uid));
}
