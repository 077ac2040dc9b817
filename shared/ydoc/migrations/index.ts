import type * as Y from 'yjs';
import { mapDoc } from '../layout.ts';
import { legalBasisFromList } from './legalBasisFromList.ts';
import type { Migration } from './migration.ts';

export type { Migration } from './migration.ts';

/** Every migration, oldest first. Ship new ones at the end; never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [legalBasisFromList];

/** The schema version that this code writes. */
export const CURRENT_SCHEMA_VERSION = 1 + MIGRATIONS.length;

/** The schema version a doc was written at (1 when it does not say). */
export function schemaVersionOf(doc: Y.Doc): number {
  const version = mapDoc(doc).meta.get('schemaVersion');
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

/**
 * Upgrades a doc to the current schema version in one transaction; returns the names of the
 * migrations it ran. A doc from newer code is left alone.
 */
export function migrateDoc(doc: Y.Doc, origin: unknown = null): string[] {
  const ran: string[] = [];
  let version = schemaVersionOf(doc);
  if (version >= CURRENT_SCHEMA_VERSION) return ran;
  doc.transact(() => {
    for (const migration of MIGRATIONS) {
      if (migration.from !== version) continue;
      migration.up(doc);
      ran.push(migration.name);
      version = migration.from + 1;
    }
    mapDoc(doc).meta.set('schemaVersion', version);
  }, origin);
  return ran;
}
