import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = { '/api': { target: process.env.TILL_API ?? 'http://127.0.0.1:8069', changeOrigin: false } };

// The server serves dist/ at /backoffice/, same origin as the API; in development the API is proxied.
export default defineConfig({
  base: '/backoffice/',
  root: here('.'),
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: { port: 5174, proxy: api },
  preview: { port: 4174, proxy: api },
});
