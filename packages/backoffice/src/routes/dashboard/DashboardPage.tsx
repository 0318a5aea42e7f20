import { useAuth } from '../../app/auth.tsx';
import { useLoad } from '../../app/use-load.ts';
import { FailureNotice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { loadDashboard } from './api.ts';
import { ShopCard } from './ShopCard.tsx';
import { consolidateToday } from './consolidate.ts';
import { Money } from '../../components/Money.tsx';
import type { DashboardShop } from './api.ts';
import './dashboard.css';

/** Polled so today's figures move while the tills sell. */
const POLL_MS = 10_000;

export function DashboardPage() {
  const { user } = useAuth();
  const { data, failure } = useLoad('dashboard', loadDashboard, POLL_MS);
  return (
    <>
      <PageHeader
        title="Dashboard"
        subtitle={`Good to see you, ${user.name}. Today in every shop, as it happens.`}
      />
      <FailureNotice failure={failure} />
      <TodaySummary shops={data?.shops} />
      {data && data.shops.length === 0 ? (
        <p className="muted">No shop yet. Create one under Configuration → Shops.</p>
      ) : null}
      <div className="shop-grid">
        {data
          ? data.shops.map((shop) => <ShopCard key={shop.id} shop={shop} />)
          : [0, 1].map((i) => <div key={i} className="card shop-card skeleton" aria-hidden="true" />)}
      </div>
    </>
  );
}

/** Every shop together: today's sales (per currency), open tills, rescue sessions waiting. */
function TodaySummary({ shops }: { shops: readonly DashboardShop[] | undefined }) {
  const t = shops ? consolidateToday(shops) : undefined;
  return (
    <div className="stats">
      <div className="stat">
        <div className="label">Today, all shops</div>
        <div className="value" data-testid="today-all-shops">
          {t
            ? t.byCurrency.length
              ? t.byCurrency.map((c, i) => (
                  <span key={c.currency}>
                    {i > 0 ? ' · ' : ''}
                    <Money amount={c.total} currency={c.currency} />
                  </span>
                ))
              : '—'
            : '…'}
        </div>
      </div>
      <div className="stat">
        <div className="label">Orders today</div>
        <div className="value">
          {t ? t.byCurrency.reduce((n, c) => n + c.orders, 0).toLocaleString() : '…'}
        </div>
      </div>
      <div className="stat">
        <div className="label">Tills open</div>
        <div className="value">{t ? `${t.openTills} of ${shops?.length ?? 0}` : '…'}</div>
      </div>
      <div className="stat">
        <div className="label">Rescue sessions to close</div>
        <div className={t && t.rescueSessions > 0 ? 'value attention' : 'value'}>
          {t ? t.rescueSessions : '…'}
        </div>
      </div>
    </div>
  );
}
