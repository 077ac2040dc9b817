import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docWith, loadedEntries, testMap } from '../../test/helpers/docStoreContract.ts';
import { waitFor } from '../../test/helpers/startServer.ts';
import { databasePath, journalPath, openSqliteStore } from './sqliteStore.ts';
import { journalFiles, openUpdateJournal, readJournal } from './updateJournal.ts';

const CHILD = fileURLToPath(new URL('../../test/helpers/journalingChild.ts', import.meta.url));

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'accord-journal-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs journalingChild.ts until it has appended `keys`, then kills it with SIGKILL. */
async function appendThenKill(dir: string, keys: string[]): Promise<void> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, DATA_DIR: dir, KEYS: keys.join(',') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('appended')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the child exited (${code})`)));
  });
  child.kill('SIGKILL');
  await exited;
}

describe('the update journal', () => {
  it('keeps every whole record, and drops one a crash cut short', () => {
    const file = journalPath(dataDir());
    const journal = openUpdateJournal(file);
    journal.append('a', [new Uint8Array([1, 2]), new Uint8Array([3])]);
    const firstEnds = statSync(file).size;
    journal.append('b', [new Uint8Array([4])]);
    journal.close();
    const bytes = new Uint8Array(readFileSync(file));
    const whole = [
      { mapId: 'a', updates: [new Uint8Array([1, 2]), new Uint8Array([3])] },
      { mapId: 'b', updates: [new Uint8Array([4])] },
    ];
    expect(readJournal(bytes)).toEqual(whole);
    for (let length = firstEnds; length < bytes.length; length++) {
      expect(readJournal(bytes.subarray(0, length))).toEqual(whole.slice(0, 1));
    }
    const damaged = bytes.slice();
    damaged[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0xff;
    expect(readJournal(damaged)).toEqual(whole.slice(0, 1));
  });

  it('hands its batches off to its second file, and back once that is emptied', () => {
    const file = journalPath(dataDir());
    const journal = openUpdateJournal(file);
    const batch = (n: number) => ({ mapId: 'a', updates: [new Uint8Array([n])] });
    journal.append('a', batch(1).updates);
    expect(journal.handOff()).toBe(true);
    journal.append('a', batch(2).updates);
    // The first still holds what was handed off: no second hand-off yet.
    expect(journal.handOff()).toBe(false);
    journal.append('a', batch(3).updates);
    const [first, second] = journalFiles(file).map((each) =>
      readJournal(new Uint8Array(readFileSync(each))),
    );
    expect({ first, second }).toEqual({ first: [batch(1)], second: [batch(2), batch(3)] });
    const replayed = () =>
      journal.replay().map(({ mapId, updates }) => ({
        mapId,
        updates: updates.map((update) => new Uint8Array(update)),
      }));
    expect(replayed()).toEqual([batch(1), batch(2), batch(3)]);
    journal.clearHandedOff();
    expect(journal.handOff()).toBe(true);
    journal.append('a', batch(4).updates);
    expect(replayed()).toEqual([batch(4), batch(2), batch(3)]);
    journal.clear();
    journal.clearHandedOff();
    expect(replayed()).toEqual([]);
    journal.close();
  });

  it('is held by one process at a time', () => {
    const file = journalPath(dataDir());
    const first = openUpdateJournal(file);
    expect(() => openUpdateJournal(file)).toThrow(/Another process serves this data directory/);
    first.close();
    openUpdateJournal(file).close();
  });

  it('loses nothing appended when the process is killed before the rows are inserted', async () => {
    const dir = dataDir();
    const keys = ['north', 'south', 'east', 'west'];
    await appendThenKill(dir, keys);
    // The updates are in the journal only: the database's log does not have them.
    expect(statSync(journalPath(dir)).size).toBeGreaterThan(0);
    const peek = openSqliteStore(dir);
    expect(await peek.pendingUpdateCount(testMap.id)).toBe(0);
    await peek.close();

    const journalAfterCrash = path.join(dir, 'journal-after-crash');
    copyFileSync(journalPath(dir), journalAfterCrash);
    const serving = openSqliteStore(dir, { journal: true });
    const expected = { north: 0, south: 1, east: 2, west: 3 };
    expect(await loadedEntries(serving, testMap.id)).toEqual(expected);
    expect(await serving.pendingUpdateCount(testMap.id)).toBe(4);
    await serving.close();
    expect(statSync(journalPath(dir)).size).toBe(0);

    // A crash between inserting them and emptying the journal: they are inserted again, and
    // the doc is the same.
    copyFileSync(journalAfterCrash, journalPath(dir));
    const again = openSqliteStore(dir, { journal: true });
    expect(await loadedEntries(again, testMap.id)).toEqual(expected);
    await again.close();
  });

  it('inserts what a crash left in both files', async () => {
    const dir = dataDir();
    await appendThenKill(dir, ['first']);
    const journal = openUpdateJournal(journalPath(dir));
    expect(journal.handOff()).toBe(true);
    const doc = new Y.Doc();
    doc.getMap('m').set('second', 1);
    journal.append(testMap.id, [Y.encodeStateAsUpdate(doc)]);
    journal.close();
    const serving = openSqliteStore(dir, { journal: true });
    expect(await loadedEntries(serving, testMap.id)).toEqual({ first: 0, second: 1 });
    await serving.close();
    for (const each of journalFiles(journalPath(dir))) expect(statSync(each).size).toBe(0);
  });

  it('has the checkpoint worker insert its batches, and reads them meanwhile', async () => {
    const dir = dataDir();
    const store = openSqliteStore(dir, { journal: true, journalFlushMs: 10 });
    const doc = new Y.Doc();
    await store.createMap(testMap, Y.encodeStateAsUpdate(doc));
    // Another connection holds the write lock: the worker's insert waits for it.
    const other = new Database(databasePath(dir));
    other.exec('BEGIN IMMEDIATE');
    const before = Y.encodeStateVector(doc);
    doc.getMap('m').set('moved', 1);
    await store.appendUpdates(testMap.id, [Y.encodeStateAsUpdate(doc, before)]);
    const [first, second] = journalFiles(journalPath(dir));
    // Handed off within a few of the store's 10 ms ticks; the worker's insert then waits.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(statSync(first as string).size).toBeGreaterThan(0);
    expect(statSync(second as string).size).toBe(0);
    expect(await loadedEntries(store, testMap.id)).toEqual({ moved: 1 });
    expect(await store.pendingUpdateCount(testMap.id)).toBe(1);
    other.exec('COMMIT');
    // In the log, inserted by the worker, with nothing read or written on this thread.
    await waitFor(
      () =>
        (other.prepare('SELECT COUNT(*) AS n FROM updates').get() as { n: number }).n === 1 &&
        statSync(first as string).size === 0,
      5_000,
      'the worker to insert the batch',
    );
    other.close();
    expect(await store.pendingUpdateCount(testMap.id)).toBe(1);
    expect(await loadedEntries(store, testMap.id)).toEqual({ moved: 1 });
    await store.close();
  });

  it('starts after a torn last record, with every whole one', async () => {
    const dir = dataDir();
    await appendThenKill(dir, ['kept']);
    writeFileSync(journalPath(dir), new Uint8Array([0, 0, 0, 40, 1, 2, 3]), { flag: 'a' });
    const serving = openSqliteStore(dir, { journal: true });
    expect(await loadedEntries(serving, testMap.id)).toEqual({ kept: 0 });
    await serving.close();
  });

  it('folds journaled updates into a compaction, and journals on after it', async () => {
    const dir = dataDir();
    await appendThenKill(dir, ['before']);
    const store = openSqliteStore(dir, { journal: true, journalFlushMs: 3_600_000 });
    const live = docWith({ before: 0 });
    const update = (change: () => void) => {
      const state = Y.encodeStateVector(live);
      change();
      return Y.encodeStateAsUpdate(live, state);
    };
    await store.appendUpdates(testMap.id, [update(() => live.getMap('m').set('during', 1))]);
    // Still in the journal alone when the compaction runs.
    await store.compact(testMap.id, () => Y.encodeStateAsUpdate(live));
    expect(await store.pendingUpdateCount(testMap.id)).toBe(0);
    await store.appendUpdates(testMap.id, [update(() => live.getMap('m').set('after', 2))]);
    await store.close();
    const reopened = openSqliteStore(dir, { journal: true });
    expect(await loadedEntries(reopened, testMap.id)).toEqual({ before: 0, during: 1, after: 2 });
    expect(await reopened.pendingUpdateCount(testMap.id)).toBe(1);
    await reopened.close();
  });

  it('lets a process beside the server read what is in the journal only, and what a crash left there', async () => {
    const dir = dataDir();
    await appendThenKill(dir, ['left']);
    // As the command line opens the database: without the journal's lock.
    const reader = openSqliteStore(dir);
    expect(await loadedEntries(reader, testMap.id)).toEqual({ left: 0 });
    await reader.close();

    const serving = openSqliteStore(dir, { journal: true, journalFlushMs: 3_600_000 });
    const other = new Y.Doc();
    other.getMap('m').set('now', 1);
    await serving.appendUpdates(testMap.id, [Y.encodeStateAsUpdate(other)]);
    const beside = openSqliteStore(dir);
    expect(await loadedEntries(beside, testMap.id)).toEqual({ left: 0, now: 1 });
    await beside.close();
    await serving.close();
  });
});
