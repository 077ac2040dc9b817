import * as Y from 'yjs';
import type { BodyKind } from '../model/bodyKinds.ts';
import { checkField, type FieldDef, nodeFields, relationshipFields } from '../model/fields.ts';
import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { ElementStatus } from '../model/status.ts';
import { type ElementMap, mapDoc } from './layout.ts';
import { markStatus, takesAgreement } from './votes.ts';

/** Which element an edit is for. */
export interface ElementRef {
  collection: 'nodes' | 'edges';
  id: string;
}

/** The outcome of an edit: done, or refused with a message for the person editing. */
export type EditResult = { ok: true } | { ok: false; message: string };

function element(doc: Y.Doc, ref: ElementRef): ElementMap | undefined {
  const found = mapDoc(doc)[ref.collection].get(ref.id);
  return found instanceof Y.Map ? found : undefined;
}

/** The fields an element of this kind has. */
export function fieldsOf(ref: ElementRef, kind: string): readonly FieldDef[] {
  return ref.collection === 'nodes'
    ? nodeFields(kind as BodyKind | 'footprint')
    : relationshipFields(kind as RelationshipKind);
}

/**
 * Sets one attribute of a body, footprint or relationship, or clears it when `value` is
 * undefined or empty. Each field is its own key in the element's attrs map, so concurrent
 * edits of different fields all survive. Refuses values that do not fit the field.
 */
export function setAttr(
  doc: Y.Doc,
  origin: unknown,
  ref: ElementRef,
  key: string,
  value: unknown,
): EditResult {
  const target = element(doc, ref);
  if (!target) return { ok: false, message: 'That element is no longer on the map.' };
  const field = fieldsOf(ref, String(target.get('kind'))).find((f) => f.key === key);
  if (!field) return { ok: false, message: `This element has no field “${key}”.` };
  const attrs = target.get('attrs');
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) {
    if (field.required) return { ok: false, message: `${field.label} is required.` };
    if (attrs instanceof Y.Map && attrs.has(key)) doc.transact(() => attrs.delete(key), origin);
    return { ok: true };
  }
  const checked = checkField(field, value);
  if (!checked.ok) return checked;
  doc.transact(() => {
    let map = target.get('attrs');
    if (!(map instanceof Y.Map)) {
      map = new Y.Map();
      target.set('attrs', map);
    }
    (map as Y.Map<unknown>).set(key, checked.value);
  }, origin);
  return { ok: true };
}

/**
 * Sets the agreement status of several elements in one step; an element that becomes agreed
 * records when. Notes take no status and are passed over.
 */
export function setStatus(
  doc: Y.Doc,
  origin: unknown,
  refs: readonly ElementRef[],
  status: ElementStatus,
): void {
  const now = new Date();
  doc.transact(() => {
    for (const ref of refs) {
      const target = element(doc, ref);
      if (target && takesAgreement(target)) markStatus(target, status, now);
    }
  }, origin);
}

/** Renames a relationship's label, or clears it (the kind's own wording is then shown). */
export function setEdgeLabel(doc: Y.Doc, origin: unknown, id: string, label: string): void {
  const target = element(doc, { collection: 'edges', id });
  if (!target) return;
  doc.transact(() => {
    if (label.trim()) target.set('label', label.trim());
    else target.delete('label');
  }, origin);
}
