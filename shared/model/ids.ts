/** Map and element ids: URL-safe random strings, 8 to 64 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * Element ids (bodies, footprints, relationships): the author's own, 1 to 128 letters, digits,
 * `.`, `_`, `:` or `-`, so that an ODS code such as `QYG` or a slug such as `fp-nw` is an id
 * (docs/spec.md, "Ids"). Every map id and generated id fits it too.
 */
export const ELEMENT_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** True when the value can be used as an element id. */
export function isElementId(value: unknown): value is string {
  return typeof value === 'string' && ELEMENT_ID_PATTERN.test(value);
}

/** True when the value can be used as a map or element id. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/**
 * A new random id of 21 URL-safe characters (126 bits).
 * Uses getRandomValues, not randomUUID, because workshop laptops often reach the
 * server over plain http on a LAN, where browsers withhold randomUUID.
 */
export function newId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(21));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}
