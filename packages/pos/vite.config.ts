import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { serviceWorkerPlugin } from './build/service-worker-plugin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The server serves dist/ at /pos/, same origin as the API; in development the API is proxied.
export default defineConfig({
  base: '/pos/',
  root: here('.'),
  publicDir: here('public'),
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [
    serviceWorkerPlugin({ template: here('build/service-worker.template.js'), publicDir: here('public') }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.TILL_API ?? 'http://127.0.0.1:8069', changeOrigin: false } },
  },
  preview: {
    port: 4173,
    proxy: { '/api': { target: process.env.TILL_API ?? 'http://127.0.0.1:8069', changeOrigin: false } },
  },
});
