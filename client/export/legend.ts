import type { LegendEntry } from '../../shared/export/legendEntry.ts';
import { BODY_KIND_INFO, BODY_KINDS, type BodyKind } from '../../shared/model/bodyKinds.ts';
import {
  RELATIONSHIP_KIND_LABEL,
  RELATIONSHIP_KINDS,
  type RelationshipKind,
} from '../../shared/model/relationshipKinds.ts';
import { BODY_STYLE, RELATIONSHIP_STYLE } from '../canvas/kindStyles.ts';

export type { LegendEntry };

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The key for a map: only the body and relationship kinds it uses, in the palette's order,
 * so the key stays short and says nothing about what is not drawn.
 */
export function buildLegend(map: {
  nodes: ReadonlyArray<{ kind: string }>;
  edges: ReadonlyArray<{ kind: string }>;
}): LegendEntry[] {
  const nodeKinds = new Set(map.nodes.map((node) => node.kind));
  const edgeKinds = new Set(map.edges.map((edge) => edge.kind));
  const bodies = BODY_KINDS.filter((kind) => nodeKinds.has(kind)).map(
    (kind: BodyKind): LegendEntry => ({
      label: BODY_KIND_INFO[kind].label,
      color: BODY_STYLE[kind].color,
      kind: 'body',
      short: BODY_KIND_INFO[kind].short,
      statutory: BODY_KIND_INFO[kind].statutory,
    }),
  );
  const relationships = RELATIONSHIP_KINDS.filter((kind) => edgeKinds.has(kind)).map(
    (kind: RelationshipKind): LegendEntry => {
      const style = RELATIONSHIP_STYLE[kind];
      const entry: LegendEntry = {
        label: capitalised(RELATIONSHIP_KIND_LABEL[kind]),
        color: style.color,
        kind: 'relationship',
      };
      if (style.dash) entry.dash = style.dash;
      return entry;
    },
  );
  return [...bodies, ...relationships];
}
