import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveUnder } from './staticFiles.ts';

describe('static file paths', () => {
  const root = path.resolve('/srv/client');

  it('resolve inside the client directory', () => {
    expect(resolveUnder(root, '/assets/index.js')).toBe(path.join(root, 'assets/index.js'));
    expect(resolveUnder(root, '/a%20b.txt')).toBe(path.join(root, 'a b.txt'));
  });

  it('never leave it', () => {
    expect(resolveUnder(root, '/../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveUnder(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveUnder(root, '/..%2f..%2fetc')).toBe(path.join(root, 'etc'));
    expect(resolveUnder(root, '/')).toBeUndefined();
    expect(resolveUnder(root, '/a%00b')).toBeUndefined();
    expect(resolveUnder(root, '/%E0%A4%A')).toBeUndefined();
  });
});
