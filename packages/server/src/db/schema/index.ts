// Every table, one file per domain. drizzle-kit reads this file to generate migrations
// (`npm run db:generate -w @till/server`); the app reads it for typed queries.
export * from './users.ts';
export * from './shops.ts';
export * from './employees.ts';
export * from './taxes.ts';
export * from './catalog.ts';
export * from './fiscal-positions.ts';
export * from './pricelists.ts';
export * from './payment-methods.ts';
export * from './customers.ts';
export * from './restaurant.ts';
export * from './sessions.ts';
export * from './orders.ts';
export * from './stock.ts';
export * from './accounting.ts';
export * from './deleted-records.ts';
