import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const serverPort = Number(process.env.PORT ?? 1234);
const backend = `http://localhost:${serverPort}`;

export default defineConfig({
  root: 'client',
  plugins: [
    react(),
    // A service worker keeps the app shell, so a map reopens from the browser's copy with the
    // server down. Only the shell: the API, the sync socket and the schema always go to the
    // server. Registered by the app once the page has settled (client/app/registerServiceWorker.ts;
    // never in dev).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,woff,woff2,svg,png,ico}'],
        // elkjs makes the main chunk larger than workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/sync\//, /^\/schema\//, /^\/healthz$/],
        cleanupOutdatedCaches: true,
        // A new build takes over at once: the next load of any open tab gets it.
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  resolve: {
    // Yjs breaks when two copies are loaded (constructor checks fail): keep exactly one.
    dedupe: ['yjs'],
  },
  // Module workers: the layout worker loads ELK with a dynamic import, which IIFE cannot split.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': backend,
      '/schema': backend,
      '/healthz': backend,
      '/sync': { target: backend, ws: true },
    },
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: { name: 'shared', root: '.', include: ['shared/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'client', root: '.', include: ['client/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'server',
          root: '.',
          include: ['server/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 20_000,
          expect: { poll: { timeout: 10_000, interval: 20 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          expect: { poll: { timeout: 15_000, interval: 50 } },
        },
      },
    ],
  },
});
