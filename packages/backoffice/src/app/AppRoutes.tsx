import { Route, Switch } from 'wouter';
import { DashboardPage } from '../routes/dashboard/DashboardPage.tsx';
import { OrderPage } from '../routes/orders/OrderPage.tsx';
import { OrdersPage } from '../routes/orders/OrdersPage.tsx';
import { ClosePage } from '../routes/sessions/ClosePage.tsx';
import { SessionPage } from '../routes/sessions/SessionPage.tsx';
import { SessionsPage } from '../routes/sessions/SessionsPage.tsx';
import { ZReportPage } from '../routes/sessions/ZReportPage.tsx';
import { NotFound } from './NotFound.tsx';

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
      <Route component={NotFound} />
    </Switch>
  );
}
