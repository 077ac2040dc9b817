import { BODY_KIND_INFO, type BodyKind, nodeKindLabel } from '../../shared/model/bodyKinds.ts';
import { bodyFacts, footprintLevelLabel, governanceOf } from '../../shared/model/describeBody.ts';
import type { NodeRecord } from '../../shared/ydoc/schema.ts';

/** What a body card or footprint shows of its record. */
export interface BodyView {
  kindLabel: string;
  short: string;
  statutory: boolean;
  governance: string | null;
  facts: string[];
}

/** What a body card or footprint shows of its record, worked out from it alone. */
export function bodyView(record: NodeRecord): BodyView {
  const isFootprint = record.kind === 'footprint';
  const info = isFootprint ? null : BODY_KIND_INFO[record.kind as BodyKind];
  return {
    kindLabel: isFootprint ? footprintLevelLabel(record) : nodeKindLabel(record.kind),
    short: info?.short ?? 'AREA',
    statutory: info?.statutory ?? false,
    governance: governanceOf(record),
    facts: isFootprint ? [] : bodyFacts(record),
  };
}

const STATUS_WORD = { proposed: 'proposed', agreed: 'agreed', disputed: 'disputed' } as const;

/** What a screen reader says for a body or footprint: its name, kind and status. */
export function bodyName(
  record: NodeRecord,
  kindLabel: string,
  locked: boolean,
  unreadable: string | undefined,
): string {
  const isFootprint = record.kind === 'footprint';
  const status = isFootprint ? '' : `, ${STATUS_WORD[record.status]}`;
  const kind = isFootprint ? `${kindLabel} footprint` : kindLabel;
  const damaged = unreadable ? `, a field cannot be read: ${unreadable}` : '';
  return `${record.label}, ${kind}${status}${locked ? ', locked' : ''}${damaged}`;
}
