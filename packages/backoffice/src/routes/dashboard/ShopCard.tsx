import { Link } from 'wouter';
import { Badge } from '../../components/Badge.tsx';
import { Money } from '../../components/Money.tsx';
import { formatTime } from '../../format/dates.ts';
import { sessionState } from '../../format/states.ts';
import type { DashboardShop } from './api.ts';

/** One shop: its session, who sells, today's figures, and what the manager can do next. */
export function ShopCard({ shop }: { shop: DashboardShop }) {
  const session = shop.session;
  const state = session ? sessionState(session.state) : null;
  return (
    <article className="card shop-card" aria-label={shop.name}>
      <header className="shop-card-head">
        <h2>{shop.name}</h2>
        {state ? <Badge tone={state.tone}>{state.label}</Badge> : <Badge>No session</Badge>}
      </header>

      <dl className="figures">
        <div>
          <dt>Today’s sales</dt>
          <dd className="big" data-testid={`today-total-${shop.id}`}>
            <Money amount={shop.today.total} currency={shop.today.currency} />
          </dd>
        </div>
        <div>
          <dt>Orders today</dt>
          <dd className="big" data-testid={`today-orders-${shop.id}`}>
            {shop.today.orders.toLocaleString()}
          </dd>
        </div>
      </dl>

      <div className="session-line">
        {session ? (
          <>
            <p>
              <Link href={`/sessions/${session.id}`}>{session.name}</Link>
              {session.opened_at ? (
                <span className="muted">
                  {' '}
                  · opened {formatTime(session.opened_at)}
                  {session.opened_by_name ? ` by ${session.opened_by_name}` : ''}
                </span>
              ) : null}
            </p>
            <p className="muted">
              {session.orders_count.toLocaleString()} orders ·{' '}
              <Money amount={session.total} currency={shop.currency} /> in this session
            </p>
            <p>
              <span className="muted">Selling: </span>
              {session.sellers.length ? (
                session.sellers.join(', ')
              ) : (
                <span className="muted">nobody yet</span>
              )}
            </p>
          </>
        ) : (
          <p className="muted">The till is closed.</p>
        )}
        {shop.open_rescue_sessions > 0 ? (
          <p>
            <Link href={`/sessions?shop_id=${shop.id}&rescue=true&state=opened`} className="rescue-link">
              {shop.open_rescue_sessions === 1
                ? '1 rescue session to close'
                : `${shop.open_rescue_sessions} rescue sessions to close`}
            </Link>
          </p>
        ) : null}
        <p>
          <Link href={`/sessions?shop_id=${shop.id}`} className="muted-link">
            All sessions of {shop.name}
          </Link>
        </p>
      </div>

      <footer className="card-actions">
        {session ? (
          <>
            <a className="button primary" href="/pos/">
              Continue selling
            </a>
            <Link className="button" href={`/sessions/${session.id}/close`}>
              Close session
            </Link>
          </>
        ) : (
          <a className="button primary" href="/pos/">
            Open till
          </a>
        )}
      </footer>
    </article>
  );
}
