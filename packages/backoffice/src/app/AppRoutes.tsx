import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { ConfigFormPage } from '../routes/config/ConfigFormPage.tsx';
import { ConfigListPage } from '../routes/config/ConfigListPage.tsx';
import { CsvImportPage } from '../routes/config/CsvImportPage.tsx';
import { DashboardPage } from '../routes/dashboard/DashboardPage.tsx';
import { OrderPage } from '../routes/orders/OrderPage.tsx';
import { OrdersPage } from '../routes/orders/OrdersPage.tsx';
import { StockReportPage } from '../routes/reports/StockReportPage.tsx';
import { ClosePage } from '../routes/sessions/ClosePage.tsx';
import { SessionPage } from '../routes/sessions/SessionPage.tsx';
import { SessionsPage } from '../routes/sessions/SessionsPage.tsx';
import { ZReportPage } from '../routes/sessions/ZReportPage.tsx';
import { NotFound } from './NotFound.tsx';

// The chart library is most of the app's weight: load it with the sales report only.
const SalesReportPage = lazy(() =>
  import('../routes/reports/SalesReportPage.tsx').then((m) => ({ default: m.SalesReportPage })),
);

/**
 * Every screen and its path (below /backoffice). To add a screen: a page component in
 * routes/<domain>/, a <Route> here, and a nav item in navigation.ts when it is a top-level screen.
 */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={DashboardPage} />
      <Route path="/sessions" component={SessionsPage} />
      <Route path="/sessions/:id/close" component={ClosePage} />
      <Route path="/sessions/:id/z-report" component={ZReportPage} />
      <Route path="/sessions/:id" component={SessionPage} />
      <Route path="/orders" component={OrdersPage} />
      <Route path="/orders/:id" component={OrderPage} />
      <Route path="/reports/sales">
        <Suspense fallback={<div className="boot" aria-busy="true" />}>
          <SalesReportPage />
        </Suspense>
      </Route>
      <Route path="/reports/stock" component={StockReportPage} />
      <Route path="/config/:entity/import" component={CsvImportPage} />
      <Route path="/config/:entity/:id" component={ConfigFormPage} />
      <Route path="/config/:entity" component={ConfigListPage} />
      <Route component={NotFound} />
    </Switch>
  );
}
