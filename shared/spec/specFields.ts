import { checkField, type FieldDef } from '../model/fields.ts';

/** True for a value that means "not filled in": nothing, blank text or an empty list. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/** Text as people meant it: without the spaces typed around it (in a list, around each entry). */
function trimmed(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? item.trim() : item));
  return value;
}

/** Where a field's value sits in a spec element: `governance.chair` is `['governance', 'chair']`. */
const PATHS = new WeakMap<FieldDef, [string, string | undefined]>();

function pathOf(field: FieldDef): [string, string | undefined] {
  let path = PATHS.get(field);
  if (!path) {
    const [head = '', ...rest] = field.key.split('.');
    path = [head, rest.length > 0 ? rest.join('.') : undefined];
    PATHS.set(field, path);
  }
  return path;
}

/**
 * Writes an element's flat attributes into its spec element as spec fields: `governance.chair`
 * becomes `{ governance: { chair } }`. Only the given fields are read, in their order; empty
 * values and values that do not fit their field are left out.
 */
export function assignSpecFields(
  target: Record<string, unknown>,
  fields: readonly FieldDef[],
  attrs: Readonly<Record<string, unknown>>,
): void {
  // Most elements have no attributes at all: nothing to look up for them.
  if (!hasAttributes(attrs)) return;
  for (const field of fields) {
    const value = attrs[field.key];
    if (isEmptyValue(value)) continue;
    const checked = checkField(field, trimmed(value));
    if (!checked.ok) continue;
    const [head, sub] = pathOf(field);
    if (sub === undefined) target[head] = checked.value;
    else {
      const group = (target[head] ?? {}) as Record<string, unknown>;
      group[sub] = checked.value;
      target[head] = group;
    }
  }
}

/** True when a record's attributes hold any key at all (most hold none). */
export function hasAttributes(attrs: Readonly<Record<string, unknown>>): boolean {
  for (const _key in attrs) return true;
  return false;
}

/** An element's flat attributes as spec fields (assignSpecFields into a new object). */
export function attrsToSpecFields(
  fields: readonly FieldDef[],
  attrs: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  assignSpecFields(out, fields, attrs);
  return out;
}

/** One attribute of a spec element, flattened: its attrs key, its value and where it sits. */
export interface FlatField {
  key: string;
  value: unknown;
  /** The key path inside the element, e.g. ['governance', 'chair']. */
  path: string[];
}

/**
 * The attributes a spec element carries, flattened to attrs keys (`governance.chair`).
 * `core` names the keys that are the element itself (id, name, kind…), not attributes.
 */
export function flattenSpecFields(
  element: Readonly<Record<string, unknown>>,
  core: ReadonlySet<string>,
): FlatField[] {
  const out: FlatField[] = [];
  for (const [key, value] of Object.entries(element)) {
    if (core.has(key) || value === undefined) continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, inner] of Object.entries(value)) {
        if (inner !== undefined) out.push({ key: `${key}.${sub}`, value: inner, path: [key, sub] });
      }
    } else out.push({ key, value, path: [key] });
  }
  return out;
}

/** The flat attrs map of a spec element, leaving out empty values. */
export function specFieldsToAttrs(
  element: Readonly<Record<string, unknown>>,
  core: ReadonlySet<string>,
): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const { key, value } of flattenSpecFields(element, core)) {
    if (!isEmptyValue(value)) attrs[key] = value;
  }
  return attrs;
}

/** The keys of a spec body that are the body itself, not attributes. */
export const BODY_CORE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'kind',
  'name',
  'footprint',
  'statutory',
  'status',
  'agreedAt',
  'tally',
]);
/** The keys of a spec footprint that are the footprint itself, not attributes. */
export const FOOTPRINT_CORE_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'parent']);
/** The keys of a spec relationship that are the edge itself, not attributes. */
export const RELATIONSHIP_CORE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'kind',
  'from',
  'to',
  'status',
  'label',
  'agreedAt',
  'tally',
]);
