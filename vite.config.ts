import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * The web app lives in src/web; its build lands in dist/web, where the server's static handler and
 * SPA fallback look for it. In development the API runs separately on port 3000 (`npm run dev`).
 */
export default defineConfig({
  root: path.join(repoRoot, 'src/web'),
  plugins: [react()],
  build: {
    outDir: path.join(repoRoot, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    // Modules run in source order whatever chunk they land in: main.tsx imports zodConfig first so that
    // Zod is jitless (no eval, as the Content-Security-Policy requires) before any schema is built, and
    // without this a shared chunk holding Zod and the contracts ran ahead of it.
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
