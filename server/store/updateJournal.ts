import { closeSync, fstatSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One batch of a map's updates, as appended. */
export interface JournalEntry {
  mapId: string;
  updates: Uint8Array[];
}

/**
 * An append-only file of the updates a serving process has stored but not yet inserted into
 * SQLite: one `write()` per batch, which reaches the operating system before the batch is
 * broadcast, as an SQLite commit with `synchronous = NORMAL` does, for about a third of a
 * commit's time on a cold cache. The batches are inserted into SQLite a little later, many in
 * one transaction, and the file is emptied; what a crash leaves in it is inserted when the
 * next serving process opens it (`replay`).
 *
 * Only one process may write and replay it: it holds an exclusive SQLite lock on a lock file
 * beside it for as long as it is open (the operating system releases it when the process
 * dies, kill -9 included), and a second process refuses to open it.
 */
export interface UpdateJournal {
  /** The batches a crashed process left, in the order they were appended. */
  replay(): JournalEntry[];
  /** Appends one batch with one write (throws if the write fails). */
  append(mapId: string, updates: readonly Uint8Array[]): void;
  /** Empties the file: everything in it is in SQLite. */
  clear(): void;
  /** Closes the file and lets the lock go; idempotent. */
  close(): void;
}

/** Each record: its body's length and CRC-32 (4 bytes each), then the body. */
const HEADER_BYTES = 8;

function encodeBody(mapId: string, updates: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, mapId);
  encoding.writeVarUint(encoder, updates.length);
  for (const update of updates) encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function decodeBody(body: Uint8Array): JournalEntry {
  const decoder = decoding.createDecoder(body);
  const mapId = decoding.readVarString(decoder);
  const count = decoding.readVarUint(decoder);
  const updates: Uint8Array[] = [];
  for (let i = 0; i < count; i++) updates.push(decoding.readVarUint8Array(decoder).slice());
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
    const checksum = view.getUint32(at + 4);
    const start = at + HEADER_BYTES;
    if (start + length > bytes.length) break;
    const body = bytes.subarray(start, start + length);
    if (crc32(body) !== checksum) break;
    try {
      entries.push(decodeBody(body));
    } catch {
      break;
    }
    at = start + length;
  }
  return entries;
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
  let fd: number;
  try {
    fd = openSync(file, 'a+');
  } catch (error) {
    lock.close();
    throw error;
  }
  // Where the last whole record ends; a failed write is cut back to it, so the records
  // appended after it are not hidden behind a broken one.
  let size = fstatSync(fd).size;
  return {
    replay: () => readJournal(readFileSync(file)),
    append(mapId, updates) {
      const body = encodeBody(mapId, updates);
      const record = new Uint8Array(HEADER_BYTES + body.length);
      const view = new DataView(record.buffer);
      view.setUint32(0, body.length);
      view.setUint32(4, crc32(body));
      record.set(body, HEADER_BYTES);
      // One write: appended whole unless the process dies inside it (readJournal drops that).
      let written = 0;
      try {
        written = writeSync(fd, record);
      } finally {
        if (written !== record.length) ftruncateSync(fd, size);
      }
      if (written !== record.length) throw new Error(`journal write cut short (${written} bytes)`);
      size += written;
    },
    clear() {
      // Opened for appending: the next write lands at the new end, the start.
      ftruncateSync(fd);
      size = 0;
    },
    close() {
      if (!lock.open) return;
      closeSync(fd);
      lock.close();
    },
  };
}
