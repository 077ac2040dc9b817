import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/startServer.ts';

/** Whether this machine lets us make a file immutable (root on a filesystem with chattr). */
function canMakeImmutable(): boolean {
  try {
    execFileSync('chattr', ['--help'], { stdio: 'ignore' });
  } catch (error) {
    // chattr exits non-zero on --help; only a missing binary matters.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
  }
  return process.getuid?.() === 0;
}

describe('a database the server cannot write', () => {
  it.skipIf(!canMakeImmutable())('stops the server from starting, saying why', async () => {
    const first = await startTestServer();
    await first.createMap('Kept');
    await first.stop();
    const file = path.join(first.dataDir, 'accord.db');
    // As root, permissions do not stop writes; an immutable file does.
    execFileSync('chattr', ['+i', file]);
    try {
      await expect(startTestServer({ dataDir: first.dataDir })).rejects.toThrow(
        /accord\.db cannot be written .*writable/,
      );
    } finally {
      execFileSync('chattr', ['-i', file]);
    }
    // Writable again, it starts and still has the map.
    const again = await startTestServer({ dataDir: first.dataDir });
    expect((await fetch(`${again.url}/healthz`)).status).toBe(200);
    await again.stop();
  });
});
