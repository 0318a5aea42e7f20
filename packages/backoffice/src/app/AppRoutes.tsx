import { Route, Switch } from 'wouter';
import { DashboardPage } from '../routes/dashboard/DashboardPage.tsx';
import { NotFound } from './NotFound.tsx';

/**
 * Every screen and its path (below /backoffice). To add a screen: a page component in
 * routes/<domain>/, a <Route> here, and a nav item in navigation.ts when it is a top-level screen.
 */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={DashboardPage} />
      <Route component={NotFound} />
    </Switch>
  );
}
