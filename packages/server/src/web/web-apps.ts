import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The web apps this process serves, and where their builds are. */
export const WEB_APPS = [
  {
    name: 'pos',
    title: 'Till',
    prefix: '/pos/',
    dist: fileURLToPath(new URL('../../../pos/dist/', import.meta.url)),
  },
  {
    name: 'backoffice',
    title: 'Till back office',
    prefix: '/backoffice/',
    dist: fileURLToPath(new URL('../../../backoffice/dist/', import.meta.url)),
  },
] as const;

export type WebApp = (typeof WEB_APPS)[number];

export const isBuilt = (app: WebApp): boolean => existsSync(`${app.dist}index.html`);
