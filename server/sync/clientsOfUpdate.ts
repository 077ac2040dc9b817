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
 * The client ids under which a (V1) update writes structs, one per run, read with Yjs's own
 * decoder the way `Y.applyUpdate` reads it but building nothing; throws if any part of it,
 * the delete set included, does not decode.
 *
 * Yjs reads all of an update's structs before it integrates any, but then applies its delete
 * set range by range as it reads it: a delete set cut short after a valid first client would
 * leave the structs and that client's deletions applied. Reading it all here first means an
 * update either applies whole or not at all, without decoding it into items twice
 * (`Y.decodeUpdate` builds every struct and its content, then `Y.applyUpdate` builds them
 * again). Contents are read with the same functions Yjs uses (strings are checked as UTF-8,
 * JSON parsed), so whatever passes here Yjs reads too.
 */
export function clientsOfUpdate(update: Uint8Array): number[] {
  const decoder = new Y.UpdateDecoderV1(decoding.createDecoder(update));
  const rest = decoder.restDecoder;
  const clients: number[] = [];
  const runs = decoding.readVarUint(rest);
  for (let run = 0; run < runs; run++) {
    const structs = decoding.readVarUint(rest);
    clients.push(decoder.readClient());
    decoding.readVarUint(rest); // the run's first clock
    for (let struct = 0; struct < structs; struct++) skipStruct(decoder);
  }
  const deleting = decoding.readVarUint(rest);
  for (let client = 0; client < deleting; client++) {
    decoder.resetDsCurVal();
    decoding.readVarUint(rest); // the client
    const ranges = decoding.readVarUint(rest);
    for (let range = 0; range < ranges; range++) {
      decoder.readDsClock();
      decoder.readDsLen();
    }
  }
  return clients;
}

/** Reads one struct as Yjs's readClientsStructRefs does. */
function skipStruct(decoder: Y.UpdateDecoderV1): void {
  const rest = decoder.restDecoder;
  const info = decoder.readInfo();
  const kind = info & CONTENT_BITS;
  if (kind === GC) {
    decoder.readLen();
    return;
  }
  if (kind === SKIP) {
    // Yjs writes a skip as the bare kind. Its update reader takes flags on it as a skip too,
    // but Y.decodeUpdate (and so Y.mergeUpdates) reads such a struct as an item and fails:
    // refused here, as nothing Yjs writes looks like it.
    if (info !== SKIP) throw new Error('a skip with flags');
    decoding.readVarUint(rest);
    return;
  }
  // An id is two numbers: its client and its clock.
  if (info & HAS_ORIGIN) skipId(rest);
  if (info & HAS_RIGHT_ORIGIN) skipId(rest);
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    // The parent: a top-level type's name, or the id of the item holding it.
    if (decoder.readParentInfo()) decoder.readString();
    else skipId(rest);
    if (info & HAS_PARENT_KEY) decoder.readString();
  }
  skipContent(decoder, kind);
}

function skipId(rest: decoding.Decoder): void {
  decoding.readVarUint(rest);
  decoding.readVarUint(rest);
}

/** Reads one item's content as Yjs's content readers (contentRefs) do. */
function skipContent(decoder: Y.UpdateDecoderV1, kind: number): void {
  switch (kind) {
    case DELETED:
      decoder.readLen();
      return;
    case JSON_CONTENT: {
      const length = decoder.readLen();
      for (let i = 0; i < length; i++) {
        const json = decoder.readString();
        if (json !== 'undefined') JSON.parse(json);
      }
      return;
    }
    case BINARY:
      decoding.readVarUint8Array(decoder.restDecoder);
      return;
    case STRING:
      decoder.readString();
      return;
    case EMBED:
      decoder.readJSON();
      return;
    case FORMAT:
      decoder.readKey();
      decoder.readJSON();
      return;
    case TYPE: {
      const type = decoder.readTypeRef();
      if (type > LAST_TYPE) throw new Error(`unknown shared type ${type}`);
      if (type === XML_ELEMENT || type === XML_HOOK) decoder.readKey();
      return;
    }
    case ANY: {
      const length = decoder.readLen();
      for (let i = 0; i < length; i++) decoder.readAny();
      return;
    }
    case SUBDOC:
      decoder.readString();
      decoder.readAny();
      return;
    default:
      throw new Error(`unknown content ${kind}`);
  }
}
