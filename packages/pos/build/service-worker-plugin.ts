import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const ASSETS_MARK = '/*ASSETS*/ []';
const VERSION_MARK = "/*VERSION*/ 'dev'";

/**
 * Writes `sw.js` next to the built app with the list of files to keep offline: every file of the
 * bundle and of `public/`. The version is made from the file names (hashed by Vite), so a new build
 * is a new cache and the old one is dropped.
 */
export function serviceWorkerPlugin(options: { template: string; publicDir: string }): Plugin {
  return {
    name: 'till-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      const assets = [...built, ...listFiles(options.publicDir)]
        .filter((f) => f !== 'index.html' && f !== 'sw.js')
        .sort();
      const version = hash(assets.join('|'));
      const template = readFileSync(options.template, 'utf8');
      if (!template.includes(ASSETS_MARK) || !template.includes(VERSION_MARK)) {
        this.error(`${options.template} lost its ${ASSETS_MARK} or ${VERSION_MARK} placeholder`);
      }
      const source = template
        .replace(ASSETS_MARK, JSON.stringify(assets))
        .replace(VERSION_MARK, JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** A short stable hash (FNV-1a) of a text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
