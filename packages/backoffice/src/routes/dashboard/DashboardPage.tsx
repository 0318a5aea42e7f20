import { useAuth } from '../../app/auth.tsx';
import { useLoad } from '../../app/use-load.ts';
import { FailureNotice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { loadDashboard } from './api.ts';
import { ShopCard } from './ShopCard.tsx';
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
