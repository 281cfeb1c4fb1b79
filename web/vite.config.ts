import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the workbench into web/dist, which `parley serve` mounts at `/`. The dev server proxies /api to
 * a running `parley serve` (PARLEY_API, default http://127.0.0.1:8787).
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: { outDir: `${root}dist`, emptyOutDir: true },
  server: { proxy: { '/api': process.env.PARLEY_API ?? 'http://127.0.0.1:8787' } },
});
