import Database from 'better-sqlite3';

/**
 * Why the database cannot take a write now, or `undefined` when it can: a table made and
 * dropped in one committed transaction (no change is left behind, but the commit reaches the
 * file). SQLite opens a file it may not write read-only without a word, and a disk that turns
 * read-only or full later fails only the next write.
 */
export function sqliteWriteProblem(db: Database.Database, file: string): string | undefined {
  try {
    db.transaction(() =>
      db.exec('CREATE TABLE accord_write_probe (x INTEGER); DROP TABLE accord_write_probe;'),
    )();
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return (
      `The database ${file} cannot be written (${reason}). Accord keeps every change there: ` +
      'check that the file and its folder are writable by this user and that the disk is ' +
      'neither read-only nor full.'
    );
  }
}

/**
 * Opens an SQLite file for writing, and proves it can write. Serving a database that cannot
 * take writes would answer every change with an error and every socket with a reconnect loop;
 * refusing to start says what is wrong instead.
 */
export function openWritableSqlite(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The database ${file} cannot be opened (${reason}).`);
  }
  const problem = sqliteWriteProblem(db, file);
  if (problem) {
    db.close();
    throw new Error(problem);
  }
  return db;
}
