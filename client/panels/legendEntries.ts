import { BODY_KIND_INFO, BODY_KINDS, type BodyKind } from '../../shared/model/bodyKinds.ts';
import {
  RELATIONSHIP_KIND_LABEL,
  RELATIONSHIP_KINDS,
} from '../../shared/model/relationshipKinds.ts';
import type { MapSnapshot } from '../../shared/ydoc/readMap.ts';
import { BODY_STYLE, RELATIONSHIP_STYLE } from '../canvas/kindStyles.ts';

/** One line of the legend. */
export interface LegendEntry {
  label: string;
  color: string;
  kind: 'body' | 'relationship';
  dash?: string;
  short?: string;
}

/** The legend of a map: the body and relationship kinds it uses, in the palette's order. */
export function legendEntries(snapshot: MapSnapshot): LegendEntry[] {
  const bodyKinds = new Set(snapshot.nodes.map((n) => n.kind));
  const relationshipKinds = new Set(snapshot.edges.map((e) => e.kind));
  return [
    ...BODY_KINDS.filter((kind) => bodyKinds.has(kind)).map((kind: BodyKind) => ({
      label: `${BODY_KIND_INFO[kind].label}${BODY_KIND_INFO[kind].statutory ? ' (statutory §)' : ''}`,
      color: BODY_STYLE[kind].color,
      kind: 'body' as const,
      short: BODY_KIND_INFO[kind].short,
    })),
    ...RELATIONSHIP_KINDS.filter((kind) => relationshipKinds.has(kind)).map((kind) => ({
      label: RELATIONSHIP_KIND_LABEL[kind],
      color: RELATIONSHIP_STYLE[kind].color,
      kind: 'relationship' as const,
      dash: RELATIONSHIP_STYLE[kind].dash,
    })),
  ];
}
