import type { BodyKind } from '../../shared/model/bodyKinds.ts';
import type { ElementStatus } from '../../shared/model/status.ts';
import type { ElementChangeKind } from '../../shared/versions/diffSnapshots.ts';
import type { NodeRecord } from '../../shared/ydoc/schema.ts';
import type { MapState } from '../store/mapStore.ts';
import { bodyShown, type ViewFilter } from './toFlow.ts';

/** What the zoomed-out view paints of one body on its canvas (FarBlockCanvas.tsx). */
export interface FarBlock {
  label: string;
  kind: BodyKind;
  status: ElementStatus;
  dimmed: boolean;
  /** While comparing with a saved version: how this body differs. */
  change: ElementChangeKind | undefined;
  /** Being renamed: the card's own field shows the name. */
  renaming: boolean;
}

/** The blocks the painter reads, by body id (undefined for anything that is not a body). */
export interface FarBlockSource {
  get(id: string): FarBlock | undefined;
}

/** The map on show, with a compared version's changes while one is compared. */
export type ShownState = MapState & { changes?: ReadonlyMap<string, ElementChangeKind> };

/** What a body's block is made of: it is made again only when one of these changed. */
interface Made {
  record: NodeRecord;
  dimmed: boolean;
  change: ElementChangeKind | undefined;
  renaming: boolean;
  block: FarBlock;
}

/** What every body's block is read from, at one moment. */
export interface FarBlockInputs {
  state: ShownState;
  filter: ViewFilter;
  renaming: ReadonlySet<string>;
}

/**
 * Each body's block, read from the map on show (its record), the view's filter (which fades
 * some), a compared version's changes and the bodies being renamed: for every body, whether
 * a card is drawn for it or not. A block is the same object while none of those changed for
 * its body, so the canvas finds what to paint again by identity.
 */
export class FarBlocks {
  private readonly made = new Map<string, Made>();

  /** The blocks as `inputs` make them: one source for a whole pass over the bodies. */
  at(inputs: FarBlockInputs): FarBlockSource {
    return { get: (id) => this.blockOf(id, inputs) };
  }

  private blockOf(id: string, { state, filter, renaming }: FarBlockInputs): FarBlock | undefined {
    const record = state.nodeById.get(id);
    if (!record || record.kind === 'footprint') {
      this.made.delete(id);
      return undefined;
    }
    const dimmed = !bodyShown(record, filter);
    const change = state.changes?.get(id);
    const named = renaming.has(id);
    const last = this.made.get(id);
    if (
      last?.record === record &&
      last.dimmed === dimmed &&
      last.change === change &&
      last.renaming === named
    ) {
      return last.block;
    }
    const block: FarBlock = {
      label: record.label,
      kind: record.kind as BodyKind,
      status: record.status,
      dimmed,
      change,
      renaming: named,
    };
    this.made.set(id, { record, dimmed, change, renaming: named, block });
    return block;
  }
}
