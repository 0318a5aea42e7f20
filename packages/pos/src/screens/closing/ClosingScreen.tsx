import { useCallback, useEffect, useState } from 'react';
import type { ClosingData } from '../../api/types.ts';
import { AppHeader } from '../../components/top-bar/AppHeader.tsx';
import { cancelDraft, sessionDrafts } from '../../db/orders.ts';
import type { TillOrder } from '../../order/till-order.ts';
import { waitingOrders } from '../../outbox/outbox.ts';
import { useApp } from '../../state/hooks.ts';
import { CloseForm } from './CloseForm.tsx';
import { UnpaidOrders } from './UnpaidOrders.tsx';
import { UnsentOrders } from './UnsentOrders.tsx';
import './closing.css';

/**
 * Closing: first every waiting order is sent; what could not be sent is named; unpaid orders are
 * listed and must be settled or cancelled; then the count, per method, against what the server
 * expects.
 */
export function ClosingScreen() {
  const app = useApp();
  const session = app.session;
  const [phase, setPhase] = useState<'sending' | 'ready'>('sending');
  const [unsent, setUnsent] = useState<TillOrder[]>([]);
  const [acceptUnsent, setAcceptUnsent] = useState(false);
  const [drafts, setDrafts] = useState<TillOrder[]>([]);
  const [data, setData] = useState<ClosingData | null>(null);
  const [error, setError] = useState<string | null>(null);

  const prepare = useCallback(async () => {
    if (!session) return;
    setPhase('sending');
    setError(null);
    await app.orders.settled();
    await app.outbox.flush();
    setUnsent(await waitingOrders(app.db));
    // An order without a line is nothing to settle: it goes without asking.
    for (const d of await sessionDrafts(app.db, session.session.id))
      if (d.lines.length === 0) await cancelDraft(app.db, d.uid, new Date());
    await app.orders.loadSession(session.session.id);
    setDrafts(await sessionDrafts(app.db, session.session.id));
    const answer = await app.api.closingData(session.session.id);
    if (answer.ok) setData(answer.value);
    else
      setError(
        answer.error.type === 'network'
          ? 'The server cannot be reached: closing needs it. Keep selling, and close when the network is back.'
          : answer.error.message,
      );
    setPhase('ready');
  }, [app, session]);

  useEffect(() => {
    void prepare();
  }, [prepare]);

  if (!session) return null;
  const blocked = drafts.length > 0 || (unsent.length > 0 && !acceptUnsent) || !data;

  return (
    <div className="screen">
      <AppHeader
        title={`Closing ${session.session.name}`}
        right={
          <button
            onClick={() => app.go({ name: session.session.state === 'closing_control' ? 'lock' : 'sell' })}
          >
            ← Keep selling
          </button>
        }
      />
      <main className="screen-body closing-body">
        {phase === 'sending' ? (
          <p className="closing-progress" role="status">
            Sending the orders that wait, then asking the server for the session’s figures…
          </p>
        ) : (
          <>
            {error && (
              <div className="closing-box closing-bad" role="alert">
                <p>{error}</p>
                <button onClick={() => void prepare()}>Try again</button>
              </div>
            )}
            <UnsentOrders
              orders={unsent}
              accepted={acceptUnsent}
              onAccept={setAcceptUnsent}
              onRetry={() => void prepare()}
            />
            <UnpaidOrders
              local={drafts}
              remote={data?.draft_orders ?? []}
              onOpen={(uid) => {
                app.orders.select(uid);
                app.go({ name: 'sell' });
              }}
              onCancel={async (uids) => {
                for (const uid of uids) await app.orders.cancel(uid);
                setDrafts(await sessionDrafts(app.db, session.session.id));
              }}
            />
            {data && <CloseForm data={data} blocked={blocked} />}
          </>
        )}
      </main>
    </div>
  );
}
