#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so there is no separate compile step.
import { register } from 'tsx/esm/api';

register();
await import('../server/index.ts');
