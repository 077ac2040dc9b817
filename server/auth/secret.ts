import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file in DATA_DIR holding the server's secret: the key every link's token comes from. */
export const SECRET_FILE = 'secret.key';

/**
 * The server's secret (32 random bytes), made on first start and kept in DATA_DIR, readable by
 * its owner only. Losing it does not lock anyone out (tokens are checked against stored
 * hashes), but links can then only be shown again after they are rotated.
 */
export function loadSecret(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SECRET_FILE);
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Already made, by an earlier start or a process starting beside this one.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  if (secret.length < 32) throw new Error(`${file} does not hold a 32-byte secret.`);
  return secret;
}
