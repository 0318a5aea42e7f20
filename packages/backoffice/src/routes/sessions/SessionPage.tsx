import { useState } from 'react';
import { Link, useSearch } from 'wouter';
import { useLoad } from '../../app/use-load.ts';
import type { ApiFailure } from '../../api/http.ts';
import { Badge } from '../../components/Badge.tsx';
import { Money } from '../../components/Money.tsx';
import { FailureNotice, Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { sessionState } from '../../format/states.ts';
import { joinSession, loadSessionReport, zReportPdfUrl } from './api.ts';
import { SessionOrders } from './SessionOrders.tsx';
import { SessionTables } from './SessionTables.tsx';

/** One session: its figures, what was expected and counted, its journal entry and stock moves. */
export function SessionPage({ params }: { params: { id: string } }) {
  const id = Number(params.id);
  const { data: report, failure } = useLoad(`session-${id}`, () => loadSessionReport(id));
  const [joined, setJoined] = useState<'yes' | ApiFailure | null>(null);
  const justClosed = useSearch().includes('closed=1');

  if (!report) return <FailureNotice failure={failure} />;
  const s = report.session;
  const state = sessionState(s.state, s.rescue);
  const open = s.state !== 'closed';
  const join = async () => {
    const r = await joinSession(id);
    setJoined(r.ok ? 'yes' : r.error);
  };

  return (
    <>
      <PageHeader
        back={{ href: '/sessions', label: 'Sessions' }}
        title={
          <>
            {s.name} <Badge tone={state.tone}>{state.label}</Badge>
            {s.rescue ? (
              <>
                {' '}
                <Badge tone="warning">Rescue session</Badge>
              </>
            ) : null}
          </>
        }
        subtitle={
          <>
            {s.shop_name} · opened {formatDateTime(s.opened_at)}
            {s.opened_by_name ? ` by ${s.opened_by_name}` : ''}
            {s.closed_at ? ` · closed ${formatDateTime(s.closed_at)}` : ''}
            {s.closed_by_name ? ` by ${s.closed_by_name}` : ''}
          </>
        }
        actions={
          <>
            <Link className="button" href={`/reports/sales?session_id=${id}&group_by=product`}>
              Sales
            </Link>
            <Link className="button" href={`/sessions/${id}/z-report`}>
              Z report
            </Link>
            <a className="button" href={zReportPdfUrl(id)} target="_blank" rel="noreferrer">
              PDF
            </a>
            {open && !s.rescue ? (
              <button type="button" onClick={() => void join()}>
                Take over at a till
              </button>
            ) : null}
            {open ? (
              <Link className="button primary" href={`/sessions/${id}/close`}>
                Close session
              </Link>
            ) : null}
          </>
        }
      />
      {justClosed && s.state === 'closed' ? (
        <Notice tone="success">The session is closed and its journal entry posted.</Notice>
      ) : null}
      {s.rescue && open ? (
        <Notice tone="warning">
          This rescue session holds orders that reached the server after
          {s.rescue_for_session_id ? (
            <>
              {' '}
              <Link href={`/sessions/${s.rescue_for_session_id}`}>their session</Link>
            </>
          ) : (
            ' their session'
          )}{' '}
          was closed. Check them and close it so they are counted.
        </Notice>
      ) : null}
      {joined === 'yes' ? (
        <Notice tone="success">
          You joined this session. <a href="/pos/">Continue selling at the till</a>.
        </Notice>
      ) : joined ? (
        <FailureNotice failure={joined} />
      ) : null}
      {report.draft_orders.length > 0 ? (
        <Notice tone="warning">
          {report.draft_orders.length} unpaid order(s) are still open in this session:{' '}
          {report.draft_orders.map((d) => d.receipt_number).join(', ')}.
        </Notice>
      ) : null}

      <div className="stats">
        <div className="stat">
          <div className="label">Orders</div>
          <div className="value">{report.orders_count.toLocaleString()}</div>
        </div>
        <div className="stat">
          <div className="label">Total sales</div>
          <div className="value">
            <Money amount={report.orders_total} currency={report.currency} />
          </div>
        </div>
        <div className="stat">
          <div className="label">Cash control</div>
          <div className="value">{s.cash_control ? 'Yes' : 'No'}</div>
        </div>
      </div>

      <SessionTables report={report} />
      <SessionOrders sessionId={id} currency={report.currency} />
      {s.closing_notes ? (
        <section className="card section">
          <h2>Closing notes</h2>
          <p style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{s.closing_notes}</p>
        </section>
      ) : null}
    </>
  );
}
