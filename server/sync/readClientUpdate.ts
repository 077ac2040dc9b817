import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

// A struct's info byte: its content's kind in the low five bits, then whether it names its
// parent's key (bit 6), its right origin (bit 7) and its origin (bit 8).
const CONTENT_BITS = 0b11111;
const HAS_PARENT_KEY = 0b100000;
const HAS_RIGHT_ORIGIN = 0b1000000;
const HAS_ORIGIN = 0b10000000;

// The kinds of struct and content, as Yjs numbers them.
const GC = 0;
const DELETED = 1;
const JSON_CONTENT = 2;
const BINARY = 3;
const STRING = 4;
const EMBED = 5;
const FORMAT = 6;
const TYPE = 7;
const ANY = 8;
const SUBDOC = 9;
const SKIP = 10;

// Of the shared types, YXmlElement (3) and YXmlHook (5) carry a name; YXmlText (6) is the last.
const XML_ELEMENT = 3;
const XML_HOOK = 5;
const LAST_TYPE = 6;

/**
 * What a plain update writes (see readClientUpdate), as flat lists of numbers: nothing is
 * built per struct.
 */
export interface PlainWrites {
  /** Per run of structs: its client, its first clock and its length in clocks. */
  runs: number[];
  /**
   * Per item: its origin's client and clock, then its right origin's (-1 and -1 when it has
   * none). The item's parent and key are its origin's.
   */
  anchors: number[];
  /** Per range of the delete set: its client, first clock and length. */
  deletions: number[];
}

/**
 * A plain update holds at most this many items and deleted ranges: a move or a field set
 * holds one or two. A longer one is judged by applying it, and costs no list here.
 */
export const MAX_PLAIN_PARTS = 64;

export interface ClientUpdate {
  /** The client ids under which the update writes structs, one per run. */
  clients: number[];
  /**
   * What it writes, when it is plain: every struct an item of values or text placed after
   * an item (a field set again, a body moved, text typed), none a new shared type, a
   * deleted item, a subdocument, a skip or a garbage-collected struct, and at most
   * MAX_PLAIN_PARTS items and as many deleted ranges. Undefined otherwise.
   */
  plain: PlainWrites | undefined;
}

/**
 * Reads a (V1) update with Yjs's own decoder the way `Y.applyUpdate` reads it, building
 * nothing; throws if any part of it, the delete set included, does not decode.
 *
 * Yjs reads all of an update's structs before it integrates any, but then applies its delete
 * set range by range as it reads it: a delete set cut short after a valid first client would
 * leave the structs and that client's deletions applied. Reading it all here first means an
 * update either applies whole or not at all, without decoding it into items twice
 * (`Y.decodeUpdate` builds every struct and its content, then `Y.applyUpdate` builds them
 * again). Contents are read with the same functions Yjs uses (strings are checked as UTF-8,
 * JSON parsed), so whatever passes here Yjs reads too.
 *
 * The same pass notes where a plain update's items go and what it deletes, which lets the
 * room judge it against its doc before applying it (judgeWrites).
 */
export function readClientUpdate(update: Uint8Array): ClientUpdate {
  const decoder = new Y.UpdateDecoderV1(decoding.createDecoder(update));
  const rest = decoder.restDecoder;
  const clients: number[] = [];
  let plain: PlainWrites | undefined = { runs: [], anchors: [], deletions: [] };
  const runs = decoding.readVarUint(rest);
  for (let run = 0; run < runs; run++) {
    const structs = decoding.readVarUint(rest);
    const client = decoder.readClient();
    clients.push(client);
    const clock = decoding.readVarUint(rest);
    let length = 0;
    for (let struct = 0; struct < structs; struct++) {
      const read = readStruct(decoder, plain?.anchors);
      if (read < 0 || (plain && plain.anchors.length > 4 * MAX_PLAIN_PARTS)) plain = undefined;
      else length += read;
    }
    plain?.runs.push(client, clock, length);
  }
  const deleting = decoding.readVarUint(rest);
  for (let client = 0; client < deleting; client++) {
    decoder.resetDsCurVal();
    const deleter = decoding.readVarUint(rest);
    const ranges = decoding.readVarUint(rest);
    for (let range = 0; range < ranges; range++) {
      const clock = decoder.readDsClock();
      const length = decoder.readDsLen();
      plain?.deletions.push(deleter, clock, length);
      if (plain && plain.deletions.length > 3 * MAX_PLAIN_PARTS) plain = undefined;
    }
  }
  return { clients, plain };
}

/** Marks a struct that makes its update not plain (readStruct). */
const NOT_PLAIN = -1;

/**
 * Reads one struct as Yjs's readClientsStructRefs does. For a plain item, adds its anchors to
 * `anchors` and returns its length in clocks; returns NOT_PLAIN for any other struct.
 */
function readStruct(decoder: Y.UpdateDecoderV1, anchors: number[] | undefined): number {
  const rest = decoder.restDecoder;
  const info = decoder.readInfo();
  const kind = info & CONTENT_BITS;
  if (kind === GC) {
    decoder.readLen();
    return NOT_PLAIN;
  }
  if (kind === SKIP) {
    // Yjs writes a skip as the bare kind. Its update reader takes flags on it as a skip too,
    // but Y.decodeUpdate (and so Y.mergeUpdates) reads such a struct as an item and fails:
    // refused here, as nothing Yjs writes looks like it.
    if (info !== SKIP) throw new Error('a skip with flags');
    decoding.readVarUint(rest);
    return NOT_PLAIN;
  }
  // An id is two numbers: its client and its clock.
  const hasOrigin = (info & HAS_ORIGIN) !== 0;
  let originClient = -1;
  let originClock = -1;
  let rightClient = -1;
  let rightClock = -1;
  if (hasOrigin) {
    originClient = decoding.readVarUint(rest);
    originClock = decoding.readVarUint(rest);
  }
  if (info & HAS_RIGHT_ORIGIN) {
    rightClient = decoding.readVarUint(rest);
    rightClock = decoding.readVarUint(rest);
  }
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    // The parent: a top-level type's name, or the id of the item holding it.
    if (decoder.readParentInfo()) decoder.readString();
    else skipId(rest);
    if (info & HAS_PARENT_KEY) decoder.readString();
  }
  const length = readContent(decoder, kind);
  if (!hasOrigin || length <= 0) return NOT_PLAIN;
  anchors?.push(originClient, originClock, rightClient, rightClock);
  return length;
}

function skipId(rest: decoding.Decoder): void {
  decoding.readVarUint(rest);
  decoding.readVarUint(rest);
}

/**
 * Reads one item's content as Yjs's content readers (contentRefs) do. Returns its length in
 * clocks, as Yjs counts it, or NOT_PLAIN for a new shared type, a deleted item or a subdoc.
 */
function readContent(decoder: Y.UpdateDecoderV1, kind: number): number {
  switch (kind) {
    case DELETED:
      decoder.readLen();
      return NOT_PLAIN;
    case JSON_CONTENT: {
      const length = decoder.readLen();
      for (let i = 0; i < length; i++) {
        const json = decoder.readString();
        if (json !== 'undefined') JSON.parse(json);
      }
      return length;
    }
    case BINARY:
      decoding.readVarUint8Array(decoder.restDecoder);
      return 1;
    case STRING:
      return decoder.readString().length;
    case EMBED:
      decoder.readJSON();
      return 1;
    case FORMAT:
      decoder.readKey();
      decoder.readJSON();
      return 1;
    case TYPE: {
      const type = decoder.readTypeRef();
      if (type > LAST_TYPE) throw new Error(`unknown shared type ${type}`);
      if (type === XML_ELEMENT || type === XML_HOOK) decoder.readKey();
      return NOT_PLAIN;
    }
    case ANY: {
      const length = decoder.readLen();
      for (let i = 0; i < length; i++) decoder.readAny();
      return length;
    }
    case SUBDOC:
      decoder.readString();
      decoder.readAny();
      return NOT_PLAIN;
    default:
      throw new Error(`unknown content ${kind}`);
  }
}
