// The public face of @till/server, for the `till` command and the end-to-end tests.
export { buildApp, type BuildAppOptions } from './app.ts';
export { listen, type RunningServer } from './main.ts';
export { serverConfigFromEnv, type ServerConfig } from './config.ts';
export { openDatabase, describeStorage, storageFromEnv, type StorageConfig } from './db/connection.ts';
export { DataDirLockedError } from './db/data-dir-lock.ts';
export type { Database, DatabaseHandle, DatabaseKind } from './db/database.ts';
export { seedDemo, type DemoReport } from './seed/demo/seed-demo.ts';
export { createFirstAdmin, hasNoUsers } from './seed/bootstrap-admin.ts';
export { seedGeneratedCatalog } from './seed/generated-catalog.ts';
export type { DemoLogin } from './seed/demo/people.ts';
