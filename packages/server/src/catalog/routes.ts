import type { RouteModule } from '../context.ts';
import { registerCatalogResource } from './crud-routes.ts';
import { paymentMethodResource } from './payment-methods/resource.ts';

/** The shop's catalog and configuration: one module, each record type from its own folder. */
export const catalogRoutes: RouteModule = (app, ctx) => {
  registerCatalogResource(app, ctx, paymentMethodResource, ['payment methods']);
};
