import {
  type LabelCover,
  type LabelledLine,
  type LabelSize,
  placeLabelsAlong,
} from '../layout/edgeLabelPlacement.ts';
import { type FannedCurve, fannedCurve } from '../layout/fannedPath.ts';
import { type Box, lineBetween } from '../layout/straightLines.ts';
import { BODY_KIND_INFO, type BodyKind } from '../model/bodyKinds.ts';
import { bodyFacts, footprintLevelLabel, governanceOf } from '../model/describeBody.ts';
import { edgeLabel } from '../model/edgeLabel.ts';
import { FOOTPRINT_DEFAULT_SIZE, type FootprintLevel } from '../model/footprints.ts';
import type { RelationshipKind } from '../model/relationshipKinds.ts';
import type { ElementStatus } from '../model/status.ts';
import { NOTE_DEFAULT_SIZE, type NoteColor, type NoteKind } from '../ydoc/noteRecord.ts';
import type { MapSnapshot } from '../ydoc/readMap.ts';
import type { NodeRecord, Position } from '../ydoc/schema.ts';
import { fitText, measureText, wrapText } from './measureText.ts';
import { noteLines } from './noteText.ts';

// A body card as the canvas draws it (client/styles.css, `.body-node`): 8 px kind-coloured
// left border, 2 px elsewhere, padding 7/11/8, 190–250 px wide.
const CARD = {
  minWidth: 190,
  maxWidth: 250,
  left: 8 + 11,
  right: 2 + 11,
  top: 2 + 7,
  bottom: 8 + 2,
  head: 16,
  name: { size: 15, line: 19, gap: 2 },
  governance: { size: 12, line: 15, gap: 3 },
  facts: { size: 11.5, line: 14, gap: 2 },
} as const;

/** A body card's lines of text, already broken to fit its width. */
export interface SceneBody {
  id: string;
  box: Box;
  kind: BodyKind;
  short: string;
  kindLabel: string;
  statutory: boolean;
  name: string[];
  governance: string[];
  facts: string[];
  status: ElementStatus;
  flag?: 'error' | 'warning';
}

/** A footprint: a dashed area with its level and name in a header. */
export interface SceneFootprint {
  id: string;
  box: Box;
  level: FootprintLevel;
  levelLabel: string;
  name: string;
  status: ElementStatus;
  flag?: 'error' | 'warning';
}

/** How tall a footprint's header is: its level and name, above a rule. */
export const FOOTPRINT_HEADER = 36;

/** The sizes a footprint's title is set in: its level's, its name's, the inset and the gap. */
export interface FootprintTitleType {
  level: number;
  name: number;
  /** From the footprint's left edge to the level, and from the name to its right edge. */
  inset: number;
  /** Between the level and the name. */
  gap: number;
}

/** The header's own type, as a page of the map at 100% shows it. */
export const HEADER_TITLE: FootprintTitleType = { level: 11, name: 17, inset: 14, gap: 8 };

/**
 * A footprint's level and name as its header sets them: the level in small capitals, then
 * the name cut to the footprint's width, and how far from the footprint's left edge each
 * starts and the name ends.
 */
export function footprintTitle(
  footprint: Pick<SceneFootprint, 'box' | 'levelLabel' | 'name'>,
  type: FootprintTitleType = HEADER_TITLE,
) {
  const level = footprint.levelLabel.toUpperCase();
  const levelX = type.inset;
  const nameX = levelX + measureText(level, type.level, true) + type.gap;
  const name = fitText(footprint.name, type.name, footprint.box.w - type.inset - nameX, true);
  return { level, levelX, name, nameX, end: nameX + measureText(name, type.name, true) };
}

/** The room a label leaves after a footprint's name, so the name does not run into it. */
const HEADER_MARGIN = 8;

/** How an export draws a relationship's label: bold type in a box with this much padding. */
export const RELATIONSHIP_LABEL = { size: 11.5, padX: 6, padY: 3 } as const;

/** The size of a relationship's label box in an export. */
export const exportLabelSize: LabelSize = (label) => ({
  width: measureText(label, RELATIONSHIP_LABEL.size, true) + 2 * RELATIONSHIP_LABEL.padX,
  height: RELATIONSHIP_LABEL.size + 2 * RELATIONSHIP_LABEL.padY,
});

/** A relationship's line, its label and the direction its arrow points. */
export interface SceneRelationship {
  id: string;
  kind: RelationshipKind;
  curve: FannedCurve;
  label: string;
  /** Where its label sits: clear of the other labels, as on the canvas, and of the cards. */
  labelAt: Position;
  /** The point of its line a label set clear of it belongs to: a leader joins them. */
  labelLeader?: Position;
  status: ElementStatus;
  flag?: 'error' | 'warning';
}

/** A sticky note or free text, its words broken into lines that fit its box. */
export interface SceneNote {
  id: string;
  box: Box;
  kind: NoteKind;
  color: NoteColor;
  lines: string[];
  size: number;
  lineHeight: number;
}

/** Everything an exported picture of the map draws, in flow coordinates. */
export interface ExportScene {
  footprints: SceneFootprint[];
  bodies: SceneBody[];
  relationships: SceneRelationship[];
  /** Sticky notes and free text, drawn over everything else. */
  notes: SceneNote[];
  /** The box around every element. */
  bounds: Box;
}

/** What the canvas knows that the doc does not: each body's drawn size, and the problems. */
export interface SceneInput {
  /** Sizes React Flow measured, by element id; a body not measured is sized from its text. */
  sizes?: ReadonlyMap<string, { width: number; height: number }>;
  /** The worst problem found with each element, drawn only when the export asks for them. */
  flags?: ReadonlyMap<string, 'error' | 'warning'>;
}

function levelOf(node: NodeRecord): FootprintLevel {
  const level = node.attrs.level;
  return typeof level === 'string' && level in FOOTPRINT_DEFAULT_SIZE
    ? (level as FootprintLevel)
    : 'place';
}

/** Lays out a body card's text and works out its height (and width, when not measured). */
function layoutCard(node: NodeRecord, measured?: { width: number; height: number }) {
  const governance = governanceOf(node);
  const facts = bodyFacts(node).join(' · ');
  const natural =
    CARD.left +
    CARD.right +
    Math.max(
      measureText(node.label, CARD.name.size, true),
      governance ? measureText(governance, CARD.governance.size) : 0,
      measureText(facts, CARD.facts.size),
    );
  const width =
    measured?.width ?? Math.min(CARD.maxWidth, Math.max(CARD.minWidth, Math.ceil(natural)));
  const room = width - CARD.left - CARD.right;
  const name = wrapText(node.label || ' ', CARD.name.size, room, { bold: true, maxLines: 4 });
  const governanceLines = governance ? wrapText(governance, CARD.governance.size, room) : [];
  const factLines = facts ? wrapText(facts, CARD.facts.size, room) : [];
  const height =
    CARD.top +
    CARD.head +
    CARD.name.gap +
    name.length * CARD.name.line +
    (governanceLines.length
      ? CARD.governance.gap + governanceLines.length * CARD.governance.line
      : 0) +
    (factLines.length ? CARD.facts.gap + factLines.length * CARD.facts.line : 0) +
    CARD.bottom;
  return {
    width,
    height: Math.max(height, measured?.height ?? 0),
    name,
    governance: governanceLines,
    facts: factLines,
  };
}

/** The geometry of a body card's text, for whoever draws it. */
export const CARD_METRICS = CARD;

/**
 * The map as an exported picture draws it, from the doc's records rather than from the
 * screen: absolute boxes (positions in the doc are relative to the parent footprint), card
 * text broken into lines, relationship lines between the facing borders of their bodies.
 * Elements whose parent chain loops are placed as if at the top level.
 */
export function buildExportScene(snapshot: MapSnapshot, input: SceneInput = {}): ExportScene {
  const byId = new Map(snapshot.nodes.map((node) => [node.id, node]));
  const boxes = new Map<string, Box>();
  const cards = new Map<string, ReturnType<typeof layoutCard>>();
  const sizeOf = (node: NodeRecord) => {
    if (node.kind === 'footprint') {
      const size = node.size ?? FOOTPRINT_DEFAULT_SIZE[levelOf(node)];
      return { w: size.w, h: size.h };
    }
    let card = cards.get(node.id);
    if (!card) {
      card = layoutCard(node, input.sizes?.get(node.id));
      cards.set(node.id, card);
    }
    return { w: card.width, h: card.height };
  };
  const boxOf = (node: NodeRecord, seen: Set<string>): Box => {
    const known = boxes.get(node.id);
    if (known) return known;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    seen.add(node.id);
    const origin = parent && !seen.has(parent.id) ? boxOf(parent, seen) : { x: 0, y: 0 };
    const box = { x: origin.x + node.position.x, y: origin.y + node.position.y, ...sizeOf(node) };
    boxes.set(node.id, box);
    return box;
  };
  for (const node of snapshot.nodes) boxOf(node, new Set());

  const flagOf = (id: string) => input.flags?.get(id);
  const footprints: SceneFootprint[] = [];
  const bodies: SceneBody[] = [];
  // Outer footprints first, so inner ones are drawn over them.
  const depth = (node: NodeRecord) => {
    let level = 0;
    const seen = new Set<string>();
    for (let p = node.parentId; p && byId.has(p) && !seen.has(p); p = byId.get(p)?.parentId) {
      seen.add(p);
      level++;
    }
    return level;
  };
  const ordered = [...snapshot.nodes].sort((a, b) => depth(a) - depth(b));
  for (const node of ordered) {
    const box = boxes.get(node.id);
    if (!box) continue;
    const flag = flagOf(node.id);
    if (node.kind === 'footprint') {
      footprints.push({
        id: node.id,
        box,
        level: levelOf(node),
        levelLabel: footprintLevelLabel(node),
        name: node.label,
        status: node.status,
        ...(flag ? { flag } : {}),
      });
      continue;
    }
    const kind = node.kind as BodyKind;
    const card = cards.get(node.id);
    if (!card) continue;
    bodies.push({
      id: node.id,
      box,
      kind,
      short: BODY_KIND_INFO[kind].short,
      kindLabel: BODY_KIND_INFO[kind].label,
      statutory: BODY_KIND_INFO[kind].statutory,
      name: card.name,
      governance: card.governance,
      facts: card.facts,
      status: node.status,
      ...(flag ? { flag } : {}),
    });
  }

  // Relationships between the same two bodies fan out, as on the canvas.
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const lanes = new Map<string, number>();
  const laneOf = new Map<string, number>();
  for (const edge of snapshot.edges) {
    const key = pairKey(edge.source, edge.target);
    laneOf.set(edge.id, lanes.get(key) ?? 0);
    lanes.set(key, (lanes.get(key) ?? 0) + 1);
  }
  const relationships: SceneRelationship[] = [];
  const lines: LabelledLine[] = [];
  for (const edge of snapshot.edges) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!from || !to || edge.source === edge.target) continue;
    const [start, end] = lineBetween(from, to);
    const flag = flagOf(edge.id);
    const shared = lanes.get(pairKey(edge.source, edge.target)) ?? 1;
    const curve = fannedCurve(
      start,
      end,
      laneOf.get(edge.id) ?? 0,
      shared,
      edge.source < edge.target,
    );
    const label = edgeLabel(edge);
    relationships.push({
      id: edge.id,
      kind: edge.kind,
      curve,
      label,
      labelAt: curve.label,
      status: edge.status,
      ...(flag ? { flag } : {}),
    });
    // As on the canvas: labels between the same two bodies are already staggered apart.
    lines.push({
      id: edge.id,
      start,
      end,
      label,
      ends: [edge.source, edge.target],
      ...(shared > 1 ? { fixed: curve.label } : {}),
      ...(curve.control ? { control: curve.control } : {}),
    });
  }
  // A label must not hide a body's name or a footprint's: it keeps off every card and every
  // footprint's level and name but its own relationship's ends (mapSvg draws labels over them).
  const covers: LabelCover[] = [
    ...bodies.map(({ id, box }) => ({ id, x: box.x, y: box.y, width: box.w, height: box.h })),
    ...footprints.map((footprint) => ({
      id: footprint.id,
      x: footprint.box.x,
      y: footprint.box.y,
      width: footprintTitle(footprint).end + HEADER_MARGIN,
      height: FOOTPRINT_HEADER,
    })),
  ];
  const places = placeLabelsAlong(lines, exportLabelSize, covers);
  for (const relationship of relationships) {
    const place = places.get(relationship.id);
    if (!place) continue;
    relationship.labelAt = place.at;
    if (place.leader) relationship.labelLeader = place.from;
  }

  const notes: SceneNote[] = [];
  for (const note of snapshot.notes ?? []) {
    const parent = note.parentId ? boxes.get(note.parentId) : undefined;
    const size = note.size ?? NOTE_DEFAULT_SIZE[note.kind];
    const box = {
      x: (parent?.x ?? 0) + note.position.x,
      y: (parent?.y ?? 0) + note.position.y,
      w: size.w,
      h: size.h,
    };
    boxes.set(note.id, box);
    if (!note.label.trim()) continue;
    notes.push({
      id: note.id,
      box,
      kind: note.kind,
      color: note.color,
      ...noteLines(note.kind, note.label, box),
    });
  }

  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  // A label set beside its line may reach past the bodies: the picture takes it in.
  const labelBoxes = relationships.map((relationship) => {
    const { width, height } = exportLabelSize(relationship.label);
    const { x, y } = relationship.labelAt;
    return { x: x - width / 2, y: y - height / 2, w: width, h: height };
  });
  for (const box of [...boxes.values(), ...labelBoxes]) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.w);
    maxY = Math.max(maxY, box.y + box.h);
  }
  const bounds =
    boxes.size === 0 && labelBoxes.length === 0
      ? { x: 0, y: 0, w: 0, h: 0 }
      : { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
  return { footprints, bodies, relationships, notes, bounds };
}
