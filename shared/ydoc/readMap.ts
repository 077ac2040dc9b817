import * as Y from 'yjs';
import type { z } from 'zod';
import { formatZodIssues, type InputProblem } from '../errors/formatZodIssues.ts';
import { checkField } from '../model/fields.ts';
import { MAX_LABEL_LENGTH } from '../model/limits.ts';
import { fieldsOf } from './attrs.ts';
import { type ElementMap, mapDoc } from './layout.ts';
import { isNoteKind, type NoteRecord, noteRecordSchema } from './noteRecord.ts';
import {
  type EdgeRecord,
  edgeRecordSchema,
  type NodeRecord,
  nodeRecordSchema,
  type Position,
  positionSchema,
} from './schema.ts';

/** What can still be drawn of an element that does not parse: its name, kind, place, ends. */
export interface UnreadableSketch {
  label?: string;
  /** The kind as written, which may be one this version does not know. */
  kind?: string;
  position?: Position;
  parentId?: string;
  source?: string;
  target?: string;
}

/** An element of the doc that does not parse: shown as invalid, never crashes a reader. */
export interface InvalidElement {
  id: string;
  collection: 'nodes' | 'edges';
  problems: InputProblem[];
  /** What of it the canvas can still draw (marked invalid), when anything. */
  sketch?: UnreadableSketch;
}

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() ? value.slice(0, max) : undefined;

/**
 * The parts of an unreadable element that still read, so the canvas draws it as invalid where
 * it was rather than leaving it out (docs/spec.md, "Ids").
 */
function sketchOf(value: unknown): UnreadableSketch | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  const position = positionSchema.safeParse(raw.position);
  const sketch: UnreadableSketch = {
    ...(text(raw.label, MAX_LABEL_LENGTH) ? { label: text(raw.label, MAX_LABEL_LENGTH) } : {}),
    ...(text(raw.kind, 64) ? { kind: text(raw.kind, 64) } : {}),
    ...(position.success ? { position: position.data } : {}),
    ...(text(raw.parentId, 128) ? { parentId: text(raw.parentId, 128) } : {}),
    ...(text(raw.source, 128) ? { source: text(raw.source, 128) } : {}),
    ...(text(raw.target, 128) ? { target: text(raw.target, 128) } : {}),
  };
  return Object.keys(sketch).length > 0 ? sketch : undefined;
}

function unreadable(
  id: string,
  collection: 'nodes' | 'edges',
  value: unknown,
  error: z.ZodError,
): InvalidElement {
  const sketch = sketchOf(value);
  return { id, collection, problems: formatZodIssues(error), ...(sketch ? { sketch } : {}) };
}

/** The map as plain, validated records. */
export interface MapSnapshot {
  title: string;
  /** The map's description, when it has one. */
  description?: string;
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  /**
   * Sticky notes and free text: kept apart from `nodes`, so nothing that reads the
   * governance (rules, spec, documents) ever meets one. Absent from snapshots built by hand.
   */
  notes?: NoteRecord[];
  /** Elements that cannot be drawn at all. */
  invalid: InvalidElement[];
  /** Elements drawn without some attribute whose value does not fit its field. */
  fieldProblems: InvalidElement[];
}

/**
 * Keeps the attributes whose values fit their fields and reports the others (by JSON path).
 * Attributes this version does not know are kept, so newer clients' data survives.
 */
export function checkAttrs(
  collection: 'nodes' | 'edges',
  record: NodeRecord | EdgeRecord,
): InvalidElement | undefined {
  const fields = fieldsOf({ collection, id: record.id }, record.kind);
  const found: InputProblem[] = [];
  for (const field of fields) {
    if (!(field.key in record.attrs)) continue;
    const checked = checkField(field, record.attrs[field.key]);
    if (checked.ok) continue;
    delete record.attrs[field.key];
    found.push({ path: `$.attrs[${JSON.stringify(field.key)}]`, message: checked.message });
  }
  return found.length > 0 ? { id: record.id, collection, problems: found } : undefined;
}

function plain(id: string, element: unknown): unknown {
  if (element === null || typeof element !== 'object' || !('toJSON' in element)) return element;
  return { ...(element as ElementMap).toJSON(), id };
}

/** Reads one node of the doc, validating it. */
export function readNode(id: string, element: unknown): NodeRecord | InvalidElement {
  const value = plain(id, element);
  const parsed = nodeRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : unreadable(id, 'nodes', value, parsed.error);
}

/** True when the doc's element is a sticky note or free text rather than a body or footprint. */
export function isNoteElement(element: unknown): boolean {
  return element instanceof Y.Map && isNoteKind(element.get('kind'));
}

/** Reads one sticky note or free text of the doc, validating it. */
export function readNote(id: string, element: unknown): NoteRecord | InvalidElement {
  const parsed = noteRecordSchema.safeParse(plain(id, element));
  return parsed.success
    ? parsed.data
    : { id, collection: 'nodes', problems: formatZodIssues(parsed.error) };
}

/** Reads one edge of the doc, validating it. */
export function readEdge(id: string, element: unknown): EdgeRecord | InvalidElement {
  const value = plain(id, element);
  const parsed = edgeRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : unreadable(id, 'edges', value, parsed.error);
}

/**
 * A relationship one of whose ends is not a readable body: drawn as invalid when its ends are
 * drawn at all (an unreadable body still is), so its kind and ends stay in the sketch.
 */
export function missingEnd(edge: EdgeRecord): InvalidElement {
  return {
    id: edge.id,
    collection: 'edges',
    problems: [{ path: '$.source', message: 'one end of this relationship is missing' }],
    sketch: {
      kind: edge.kind,
      source: edge.source,
      target: edge.target,
      ...(edge.label ? { label: edge.label } : {}),
    },
  };
}

/** True for the result of reading an element that did not parse. */
export function isInvalid(
  value: NodeRecord | EdgeRecord | NoteRecord | InvalidElement,
): value is InvalidElement {
  return 'problems' in value;
}

/**
 * Reads the whole map. Elements that do not parse are reported in `invalid`; an edge whose
 * ends are missing is reported too, since nothing can draw it.
 */
export function readMap(doc: Y.Doc): MapSnapshot {
  const { meta, nodes, edges } = mapDoc(doc);
  const description = meta.get('description');
  const snapshot: MapSnapshot = {
    title: readTitle(meta),
    ...(typeof description === 'string' && description.trim() ? { description } : {}),
    nodes: [],
    edges: [],
    notes: [],
    invalid: [],
    fieldProblems: [],
  };
  // Invalid notes are reported after the invalid bodies, as MapReader does.
  const invalidNotes: InvalidElement[] = [];
  for (const [id, element] of nodes) {
    if (isNoteElement(element)) {
      const note = readNote(id, element);
      if (isInvalid(note)) invalidNotes.push(note);
      else snapshot.notes?.push(note);
      continue;
    }
    const node = readNode(id, element);
    if (isInvalid(node)) snapshot.invalid.push(node);
    else {
      const problems = checkAttrs('nodes', node);
      if (problems) snapshot.fieldProblems.push(problems);
      snapshot.nodes.push(node);
    }
  }
  snapshot.invalid.push(...invalidNotes);
  const nodeIds = new Set(snapshot.nodes.map((node) => node.id));
  for (const [id, element] of edges) {
    const edge = readEdge(id, element);
    if (isInvalid(edge)) snapshot.invalid.push(edge);
    else if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) {
      snapshot.invalid.push(missingEnd(edge));
    } else {
      const problems = checkAttrs('edges', edge);
      if (problems) snapshot.fieldProblems.push(problems);
      snapshot.edges.push(edge);
    }
  }
  return snapshot;
}

/** The map's title, or a placeholder when it has none. */
export function readTitle(meta: Y.Map<unknown>): string {
  const title = meta.get('title');
  return typeof title === 'string' && title.trim() !== '' ? title : 'Untitled map';
}
