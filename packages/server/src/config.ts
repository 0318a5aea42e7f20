import { storageFromEnv, type StorageConfig } from './db/connection.ts';

/** How the server is started, from the environment (see README: environment variables). */
export interface ServerConfig {
  readonly storage: StorageConfig;
  /** PORT, default 8069. */
  readonly port: number;
  /** HOST, default 127.0.0.1 (this machine only); 0.0.0.0 to serve the shop's network. */
  readonly host: string;
  /** TILL_COOKIE_SECURE=0 lets browsers keep the session over plain HTTP on a LAN address. */
  readonly cookieSecure: boolean;
  /** TILL_TRUST_PROXY=1 behind a reverse proxy (client addresses from X-Forwarded-For). */
  readonly trustProxy: boolean;
}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8069);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    storage: storageFromEnv(env),
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    cookieSecure: env.TILL_COOKIE_SECURE !== '0',
    trustProxy: env.TILL_TRUST_PROXY === '1',
  };
}
