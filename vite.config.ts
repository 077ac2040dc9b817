import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const serverPort = Number(process.env.PORT ?? 1234);
const backend = `http://localhost:${serverPort}`;

export default defineConfig({
  root: 'client',
  plugins: [react()],
  resolve: {
    // Yjs breaks when two copies are loaded (constructor checks fail): keep exactly one.
    dedupe: ['yjs'],
  },
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
