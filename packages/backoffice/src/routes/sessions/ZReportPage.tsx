import { useLoad } from '../../app/use-load.ts';
import { Money } from '../../components/Money.tsx';
import { FailureNotice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { loadZReport, zReportPdfUrl, type ZReport } from './api.ts';
import './z-report.css';

/** The Z report on one sheet: printable from the browser (the sidebar is not printed), or as PDF. */
export function ZReportPage({ params }: { params: { id: string } }) {
  const id = Number(params.id);
  const { data, failure } = useLoad(`z-${id}`, () => loadZReport(id));
  if (!data) return <FailureNotice failure={failure} />;
  return (
    <>
      <PageHeader
        back={{ href: `/sessions/${id}`, label: data.session.name }}
        title="Z report"
        actions={
          <>
            <button type="button" className="primary" onClick={() => window.print()}>
              Print
            </button>
            <a className="button" href={zReportPdfUrl(id)} target="_blank" rel="noreferrer">
              Download PDF
            </a>
          </>
        }
      />
      <ZReportSheet z={data} />
    </>
  );
}

function ZReportSheet({ z }: { z: ZReport }) {
  const m = (a: string) => <Money amount={a} currency={z.currency} />;
  return (
    <article className="z-sheet card" aria-label="Z report">
      <header className="z-head">
        <div>
          <h2>{z.shop.name}</h2>
          <div>
            Session {z.session.name}
            {z.session.rescue ? ' (rescue)' : ''}
          </div>
        </div>
        <div className="z-period">
          <div>From {formatDateTime(z.period.from)}</div>
          <div>To {z.period.to ? formatDateTime(z.period.to) : 'still open'}</div>
        </div>
      </header>

      <table className="z-table">
        <tbody>
          <tr className="z-strong">
            <th>Orders ({z.orders.count.toLocaleString()})</th>
            <td>{m(z.orders.total)}</td>
          </tr>
          <tr>
            <th>Refunds ({z.refunds.count.toLocaleString()})</th>
            <td>{m(z.refunds.total)}</td>
          </tr>
          <tr>
            <th>Line discounts ({z.discounts.line_count.toLocaleString()})</th>
            <td>{m(z.discounts.line_amount)}</td>
          </tr>
          <tr>
            <th>Order discounts ({z.discounts.global_count.toLocaleString()})</th>
            <td>{m(z.discounts.global_amount)}</td>
          </tr>
        </tbody>
      </table>

      <h3>Sales by tax</h3>
      <table className="z-table">
        <thead>
          <tr>
            <th>Tax</th>
            <td>Base</td>
            <td>Tax</td>
          </tr>
        </thead>
        <tbody>
          {z.sales_by_tax.length === 0 ? (
            <tr>
              <th className="muted">No taxed sale</th>
              <td />
              <td />
            </tr>
          ) : (
            z.sales_by_tax.map((t) => (
              <tr key={t.tax_id}>
                <th>{t.name}</th>
                <td>{m(t.base)}</td>
                <td>{m(t.amount)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>

      <h3>Payments</h3>
      <table className="z-table">
        <tbody>
          {z.payments.map((p) => (
            <tr key={p.method_id}>
              <th>
                {p.name} ({p.count.toLocaleString()})
              </th>
              <td>{m(p.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Control</h3>
      <table className="z-table">
        <thead>
          <tr>
            <th>Method</th>
            <td>Expected</td>
            <td>Counted</td>
            <td>Difference</td>
          </tr>
        </thead>
        <tbody>
          {z.cash_control.map((c) => (
            <tr key={c.method_id}>
              <th>{c.name}</th>
              <td>{m(c.expected)}</td>
              <td>{c.counted === null ? '—' : m(c.counted)}</td>
              <td>{c.difference === null ? '—' : m(c.difference)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {z.cash_moves.length ? (
        <>
          <h3>Cash moves</h3>
          <table className="z-table">
            <tbody>
              {z.cash_moves.map((c) => (
                <tr key={c.id}>
                  <th>
                    {c.type === 'in' ? 'In' : 'Out'}: {c.reason}
                  </th>
                  <td>{m(c.type === 'out' ? `-${c.amount}` : c.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {z.closing_notes ? (
        <>
          <h3>Notes</h3>
          <p className="z-notes">{z.closing_notes}</p>
        </>
      ) : null}
    </article>
  );
}
