import { DataTable } from '../../components/DataTable.tsx';
import { Money } from '../../components/Money.tsx';
import { formatDateTime, formatTime } from '../../format/dates.ts';
import { isZeroAmount, trimZeros } from '../../format/money.ts';
import type { SessionReport } from './api.ts';

/** The session's payments, control, cash moves, journal entry and stock moves, each in a card. */
export function SessionTables({ report }: { report: SessionReport }) {
  const cur = report.currency;
  const m = (amount: string | null) => <Money amount={amount} currency={cur} />;
  const entry = report.journal_entry;
  return (
    <>
      <div className="grid-2">
        <section className="card">
          <h2>Payments per method</h2>
          <DataTable
            label="Payments per method"
            rows={report.payments}
            rowKey={(p) => p.method_id}
            empty="No payment yet."
            columns={[
              { key: 'name', header: 'Method', render: (p) => p.name },
              { key: 'count', header: 'Payments', align: 'right', render: (p) => p.count.toLocaleString() },
              { key: 'amount', header: 'Amount', align: 'right', render: (p) => m(p.amount) },
            ]}
          />
        </section>
        <section className="card">
          <h2>Expected and counted</h2>
          <DataTable
            label="Expected and counted"
            rows={report.control}
            rowKey={(c) => c.method_id}
            empty="No payment method."
            columns={[
              { key: 'name', header: 'Method', render: (c) => c.name },
              { key: 'expected', header: 'Expected', align: 'right', render: (c) => m(c.expected) },
              {
                key: 'counted',
                header: 'Counted',
                align: 'right',
                render: (c) => (c.counted === null ? '—' : m(c.counted)),
              },
              {
                key: 'difference',
                header: 'Difference',
                align: 'right',
                render: (c) => (c.difference === null ? '—' : m(c.difference)),
              },
            ]}
          />
          {report.control
            .filter((c) => c.cash)
            .map((c) => (
              <p className="muted" key={c.method_id} style={{ margin: '0.75rem 0 0', fontSize: '0.875rem' }}>
                {c.name}: opening {m(c.cash!.opening)} + payments {m(c.cash!.payments)} + cash in{' '}
                {m(c.cash!.cash_in)} − cash out {m(c.cash!.cash_out)}
              </p>
            ))}
        </section>
      </div>

      <section className="card section">
        <h2>Cash moves</h2>
        <DataTable
          label="Cash moves"
          rows={report.cash_moves}
          rowKey={(c) => c.id}
          empty="No cash put in or taken out."
          columns={[
            { key: 'at', header: 'When', width: '9rem', render: (c) => formatTime(c.at) },
            {
              key: 'type',
              header: 'Move',
              width: '7rem',
              render: (c) => (c.type === 'in' ? 'Cash in' : 'Cash out'),
            },
            { key: 'reason', header: 'Reason', render: (c) => c.reason },
            { key: 'by', header: 'By', render: (c) => c.by ?? '' },
            {
              key: 'amount',
              header: 'Amount',
              align: 'right',
              render: (c) => m(c.type === 'out' ? `-${c.amount}` : c.amount),
            },
          ]}
        />
      </section>

      <section className="card section">
        <h2>
          Journal entry{' '}
          {entry ? (
            <span className="muted" style={{ fontWeight: 400 }}>
              {entry.ref} · posted {formatDateTime(entry.posted_at)}
            </span>
          ) : null}
        </h2>
        {entry ? (
          <DataTable
            label="Journal entry"
            rows={entry.lines}
            rowKey={(l) => `${l.account_code}-${l.label}-${l.debit}-${l.credit}`}
            columns={[
              { key: 'account', header: 'Account', render: (l) => `${l.account_code} ${l.account_name}` },
              { key: 'label', header: 'Label', render: (l) => l.label },
              {
                key: 'debit',
                header: 'Debit',
                align: 'right',
                render: (l) => (isZeroAmount(l.debit) ? '' : m(l.debit)),
              },
              {
                key: 'credit',
                header: 'Credit',
                align: 'right',
                render: (l) => (isZeroAmount(l.credit) ? '' : m(l.credit)),
              },
            ]}
          />
        ) : (
          <p className="muted">Posted when the session closes.</p>
        )}
      </section>

      <section className="card section">
        <h2>Stock moves</h2>
        <DataTable
          label="Stock moves"
          rows={report.stock_moves}
          rowKey={(s) => s.id}
          empty={
            report.session.state === 'closed'
              ? 'No stock moved.'
              : 'Stock moves as the shop’s setting says (at closing or per order).'
          }
          maxHeight="24rem"
          columns={[
            { key: 'product', header: 'Product', render: (s) => s.product_name },
            { key: 'lot', header: 'Lot', render: (s) => s.lot },
            { key: 'from', header: 'From', render: (s) => s.from },
            { key: 'to', header: 'To', render: (s) => s.to },
            { key: 'qty', header: 'Quantity', align: 'right', render: (s) => trimZeros(s.quantity) },
          ]}
        />
      </section>
    </>
  );
}
