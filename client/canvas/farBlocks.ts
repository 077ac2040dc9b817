import type { BodyKind } from '../../shared/model/bodyKinds.ts';
import type { ElementStatus } from '../../shared/model/status.ts';
import type { ElementChangeKind } from '../../shared/versions/diffSnapshots.ts';

/** What the zoomed-out view paints of one body on its canvas (FarBlocks.tsx). */
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

/**
 * The bodies a canvas shows zoomed out, each put here by its own card while it is mounted
 * (React Flow mounts only those on screen on a big map), for one canvas element to paint.
 */
export class FarBlocks {
  readonly blocks = new Map<string, FarBlock>();
  private readonly listeners = new Set<(id: string) => void>();

  set(id: string, block: FarBlock): void {
    this.blocks.set(id, block);
    this.changed(id);
  }

  delete(id: string, block: FarBlock): void {
    if (this.blocks.get(id) !== block) return;
    this.blocks.delete(id);
    this.changed(id);
  }

  /** Calls `listener` with the body's id after each change; returns its teardown. */
  subscribe(listener: (id: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(id: string): void {
    for (const listener of this.listeners) listener(id);
  }
}
