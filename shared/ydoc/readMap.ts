import * as Y from 'yjs';
import { formatZodIssues, type InputProblem } from '../errors/formatZodIssues.ts';
import { checkField } from '../model/fields.ts';
import { fieldsOf } from './attrs.ts';
import { type ElementMap, mapDoc } from './layout.ts';
import { isNoteKind, type NoteRecord, noteRecordSchema } from './noteRecord.ts';
import { type EdgeRecord, edgeRecordSchema, type NodeRecord, nodeRecordSchema } from './schema.ts';

/** An element of the doc that does not parse: shown as invalid, never crashes a reader. */
export interface InvalidElement {
  id: string;
  collection: 'nodes' | 'edges';
  problems: InputProblem[];
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
  const parsed = nodeRecordSchema.safeParse(plain(id, element));
  return parsed.success
    ? parsed.data
    : { id, collection: 'nodes', problems: formatZodIssues(parsed.error) };
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
  const parsed = edgeRecordSchema.safeParse(plain(id, element));
  return parsed.success
    ? parsed.data
    : { id, collection: 'edges', problems: formatZodIssues(parsed.error) };
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
      snapshot.invalid.push({
        id,
        collection: 'edges',
        problems: [{ path: '$.source', message: 'one end of this relationship is missing' }],
      });
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
