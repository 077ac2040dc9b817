import type { RelationshipKind } from '../../shared/model/relationshipKinds.ts';
import { RELATIONSHIP_STYLE } from './kindStyles.ts';

/** A short sample of a relationship kind's line, for menus and the legend. */
export function RelationshipSwatch({
  kind,
  width = 28,
}: {
  kind: RelationshipKind;
  width?: number;
}) {
  const style = RELATIONSHIP_STYLE[kind];
  return (
    <svg width={width} height="10" aria-hidden="true">
      <line
        x1="0"
        y1="5"
        x2={width}
        y2="5"
        stroke={style.color}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
      />
    </svg>
  );
}
