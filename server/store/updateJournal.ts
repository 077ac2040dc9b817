import { closeSync, fstatSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/** One batch of a map's updates, as appended. */
export interface JournalEntry {
  mapId: string;
  updates: readonly Uint8Array[];
}

/**
 * Append-only files of the updates a serving process has stored but not yet inserted into
 * SQLite: one `write()` per batch, which reaches the operating system before the batch is
 * broadcast, as an SQLite commit with `synchronous = NORMAL` does, for about a third of a
 * commit's time on a cold cache. The batches are inserted into SQLite a little later, many in
 * one transaction, and their file is emptied; what a crash leaves in either file is inserted
 * when the next serving process opens them (`replay`). Two files, so that appends go on in one
 * while the checkpoint worker inserts what the other holds (`handOff`).
 *
 * Only one process may write and replay it: it holds an exclusive SQLite lock on a lock file
 * beside it for as long as it is open (the operating system releases it when the process
 * dies, kill -9 included), and a second process refuses to open it.
 */
export interface UpdateJournal {
  /** The batches a crashed process left, in both files. */
  replay(): JournalEntry[];
  /** Appends one batch with one write (throws if the write fails). */
  append(mapId: string, updates: readonly Uint8Array[]): void;
  /** Empties the file appended to: everything in it is in SQLite. */
  clear(): void;
  /**
   * Appends go on in the other file from now, if it is empty: what this one holds is being
   * inserted elsewhere (the checkpoint worker), which `clearHandedOff` tells is done. False,
   * and nothing changes, while the other still holds a batch handed off before.
   */
  handOff(): boolean;
  /** Empties the file handed off last: everything in it is in SQLite. */
  clearHandedOff(): void;
  /** Closes the files and lets the lock go; idempotent. */
  close(): void;
}

/**
 * The journal's two files: appends go to one while what the other holds is inserted into
 * SQLite (see handOff).
 */
export function journalFiles(file: string): [string, string] {
  return [file, `${file}-2`];
}

/**
 * Each record: its body's length and checksum (4 bytes each), then the body: the map id's
 * length and bytes, the number of updates, and each update's length and bytes (lengths as
 * 4-byte unsigned integers). Built by hand, not with lib0's encoder: on a cold cache, as each
 * move finds the process at 20 moves a second, the encoder alone took as long as the write.
 */
const HEADER_BYTES = 8;

/**
 * FNV-1a over the body: enough to tell a record a crash cut short or left unwritten from a
 * whole one (nobody forges this file), and a few microseconds where a call into zlib's CRC-32
 * took about 14 on a cold cache.
 */
function checksum(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i] as number;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Where records are built, reused: a new buffer for each record (an allocation outside the
 * JavaScript heap) was a good part of an append's time on a cold cache.
 */
class RecordBuffer {
  bytes = new Uint8Array(64 * 1024);
  view = new DataView(this.bytes.buffer);

  /** Builds the record of one batch at the start of the buffer; returns its length. */
  write(mapId: Uint8Array, updates: readonly Uint8Array[]): number {
    let bodyLength = 4 + mapId.length + 4;
    for (const update of updates) bodyLength += 4 + update.length;
    const length = HEADER_BYTES + bodyLength;
    if (length > this.bytes.length) {
      this.bytes = new Uint8Array(length * 2);
      this.view = new DataView(this.bytes.buffer);
    }
    const { bytes, view } = this;
    let at = HEADER_BYTES;
    view.setUint32(at, mapId.length);
    bytes.set(mapId, at + 4);
    at += 4 + mapId.length;
    view.setUint32(at, updates.length);
    at += 4;
    for (const update of updates) {
      view.setUint32(at, update.length);
      bytes.set(update, at + 4);
      at += 4 + update.length;
    }
    view.setUint32(0, bodyLength);
    view.setUint32(4, checksum(bytes.subarray(HEADER_BYTES, length)));
    return length;
  }
}

/** Reads a record's body; throws where it does not hold what it says. */
function decodeBody(body: Uint8Array): JournalEntry {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const take = (at: number, length: number) => {
    if (at + length > body.length) throw new Error('record cut short');
    return body.slice(at, at + length);
  };
  const idLength = view.getUint32(0);
  const mapId = new TextDecoder('utf-8', { fatal: true }).decode(take(4, idLength));
  let at = 4 + idLength;
  const count = view.getUint32(at);
  at += 4;
  const updates: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(at);
    updates.push(take(at + 4, length));
    at += 4 + length;
  }
  return { mapId, updates };
}

/**
 * The whole records of a journal's bytes. A record cut short or damaged (a write the crash
 * interrupted) ends it: it was never acknowledged, since a batch is broadcast only after its
 * write returned, and nothing after it was written.
 */
export function readJournal(bytes: Uint8Array): JournalEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: JournalEntry[] = [];
  let at = 0;
  while (at + HEADER_BYTES <= bytes.length) {
    const length = view.getUint32(at);
    const sum = view.getUint32(at + 4);
    const start = at + HEADER_BYTES;
    if (start + length > bytes.length) break;
    const body = bytes.subarray(start, start + length);
    if (checksum(body) !== sum) break;
    try {
      entries.push(decodeBody(body));
    } catch {
      break;
    }
    at = start + length;
  }
  return entries;
}

/**
 * The updates of one map in the journal at `file`, read without its lock, for a process that
 * reads the database beside the one serving it (the command line): what that process has
 * journaled but not yet inserted. None when there is no journal.
 */
export function journaledUpdates(file: string, mapId: string): Uint8Array[] {
  return journalFiles(file).flatMap((each) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(each);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return readJournal(bytes)
      .filter((entry) => entry.mapId === mapId)
      .flatMap((entry) => entry.updates);
  });
}

/** One of the journal's files, open for appending. */
interface JournalFile {
  path: string;
  fd: number;
  /**
   * Where its last whole record ends; a failed write is cut back to it, so the records
   * appended after it are not hidden behind a broken one.
   */
  size: number;
}

/** Opens (creating) the journal at `file`, locked for this process; throws if another holds it. */
export function openUpdateJournal(file: string): UpdateJournal {
  // No waiting: a lock held is held by a process that serves on.
  const lock = new Database(`${file}.lock`, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Another process serves this data directory: its journal ${file} is locked (${reason}).`,
    );
  }
  const files: JournalFile[] = [];
  try {
    for (const path of journalFiles(file)) {
      const fd = openSync(path, 'a+');
      files.push({ path, fd, size: fstatSync(fd).size });
    }
  } catch (error) {
    for (const opened of files) closeSync(opened.fd);
    lock.close();
    throw error;
  }
  const [first, second] = files as [JournalFile, JournalFile];
  /** The file appended to, and the other. */
  let current = first;
  let other = second;
  /** Each map's id as bytes, made once. */
  const mapIds = new Map<string, Uint8Array>();
  const record = new RecordBuffer();
  const empty = (each: JournalFile) => {
    // Opened for appending: the next write lands at the new end, the start.
    ftruncateSync(each.fd);
    each.size = 0;
  };
  return {
    replay: () => files.flatMap((each) => readJournal(readFileSync(each.path))),
    append(mapId, updates) {
      let id = mapIds.get(mapId);
      if (!id) {
        id = new TextEncoder().encode(mapId);
        mapIds.set(mapId, id);
      }
      const length = record.write(id, updates);
      const { fd } = current;
      // One write: appended whole unless the process dies inside it (readJournal drops that).
      let written = 0;
      try {
        written = writeSync(fd, record.bytes, 0, length);
      } finally {
        if (written !== length) ftruncateSync(fd, current.size);
      }
      if (written !== length) throw new Error(`journal write cut short (${written} bytes)`);
      current.size += written;
    },
    clear: () => empty(current),
    handOff() {
      if (other.size > 0) return false;
      [current, other] = [other, current];
      return true;
    },
    clearHandedOff: () => empty(other),
    close() {
      if (!lock.open) return;
      for (const each of files) closeSync(each.fd);
      lock.close();
    },
  };
}
