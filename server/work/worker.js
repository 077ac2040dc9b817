// A worker thread of the WorkerPool. Workers do not inherit the parent's TypeScript loader
// (neither tsx's under `npm start` nor vitest's in tests), so each registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./workerMain.ts');
