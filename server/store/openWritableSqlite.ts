import Database from 'better-sqlite3';

/**
 * Opens an SQLite file for writing, and proves it can write (a table made and dropped in a
 * transaction that is rolled back). SQLite quietly opens a file it may not write read-only,
 * and the server would then answer every change with a 500 and every socket with a 1011
 * reconnect loop; refusing to start says what is wrong instead.
 */
export function openWritableSqlite(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec('CREATE TABLE accord_write_probe (x INTEGER); DROP TABLE accord_write_probe;');
    } finally {
      db.exec('ROLLBACK');
    }
    return db;
  } catch (error) {
    db?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The database ${file} cannot be written (${reason}). Accord keeps every change there: ` +
        'check that the file and its folder are writable by this user and that the disk is ' +
        'neither read-only nor full.',
    );
  }
}
