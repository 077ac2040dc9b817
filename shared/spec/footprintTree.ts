import { FOOTPRINT_LEVEL_IDS, type FootprintLevel } from '../model/footprints.ts';
import type { NodeRecord } from '../ydoc/schema.ts';

/** Which footprint each node sits in, read from the nodes' parentId nesting. */
export interface FootprintTree {
  /**
   * The nearest footprint above a node (a footprint's own parent area, a body's area); `node`
   * is the node with this id, when the caller has it at hand.
   */
  footprintOf(id: string, node?: NodeRecord): string | undefined;
  /** The level a footprint without one is taken to have: one below its parent's. */
  fallbackLevel(id: string): FootprintLevel;
}

/**
 * Builds the tree of the nodes (by id). Nesting that loops (A inside B inside A) is ignored
 * for the nodes in the loop, so an export never holds a footprint that is inside itself.
 */
export function footprintTree(byId: ReadonlyMap<string, NodeRecord>): FootprintTree {
  const nearest = new Map<string, string | undefined>();
  const ends = new Map<string, boolean>();
  const endingFootprints = new Map<string, boolean>();

  function footprintOf(id: string, node = byId.get(id)): string | undefined {
    // Most nodes sit straight inside a footprint whose own nesting ends (no loop above it): that
    // footprint is theirs, and they cannot be in a loop, so nothing is walked or kept for them.
    const parent = node?.parentId;
    if (parent !== undefined && parent !== id && isEndingFootprint(parent)) return parent;
    if (nearest.has(id)) return nearest.get(id);
    let found: string | undefined;
    const seen = new Visited(id);
    for (let at = byId.get(id)?.parentId; at !== undefined; at = byId.get(at)?.parentId) {
      if (!seen.add(at)) break;
      if (byId.get(at)?.kind === 'footprint') {
        found = at;
        break;
      }
    }
    if (found !== undefined && loopsBack(id)) found = undefined;
    nearest.set(id, found);
    return found;
  }

  /** True when a node is a footprint whose nesting ends: asked once a footprint, by its bodies. */
  function isEndingFootprint(id: string): boolean {
    let known = endingFootprints.get(id);
    if (known === undefined) {
      known = byId.get(id)?.kind === 'footprint' && nestingEnds(id);
      endingFootprints.set(id, known);
    }
    return known;
  }

  /** True when going up from a node's parent to its parent reaches the top, not a loop. */
  function nestingEnds(id: string): boolean {
    const path: string[] = [];
    const seen = new Visited();
    let result = true;
    for (let at: string | undefined = id; at !== undefined; at = byId.get(at)?.parentId) {
      const known = ends.get(at);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (!seen.add(at)) {
        result = false;
        break;
      }
      path.push(at);
    }
    for (const at of path) ends.set(at, result);
    return result;
  }

  function loopsBack(id: string): boolean {
    const seen = new Visited();
    for (let at = byId.get(id)?.parentId; at !== undefined; at = byId.get(at)?.parentId) {
      if (at === id) return true;
      if (!seen.add(at)) return false;
    }
    return false;
  }

  function fallbackLevel(id: string, depth = 0): FootprintLevel {
    const parent = footprintOf(id);
    const parentLevel = byId.get(parent ?? '')?.attrs.level;
    const index = FOOTPRINT_LEVEL_IDS.indexOf(parentLevel as FootprintLevel);
    if (parent === undefined || depth > FOOTPRINT_LEVEL_IDS.length) return 'system';
    const above =
      index >= 0 ? index : FOOTPRINT_LEVEL_IDS.indexOf(fallbackLevel(parent, depth + 1));
    return FOOTPRINT_LEVEL_IDS[Math.min(above + 1, FOOTPRINT_LEVEL_IDS.length - 1)] ?? 'place';
  }

  return {
    footprintOf: (id, node) => footprintOf(id, node),
    fallbackLevel: (id) => fallbackLevel(id),
  };
}

/**
 * The ids seen on one walk up the nesting: a short list (a body sits two or three areas
 * deep), turned into a set only for a walk long enough for the list to cost more.
 */
class Visited {
  private readonly list: string[];
  private set: Set<string> | undefined;

  constructor(...ids: string[]) {
    this.list = ids;
  }

  /** Adds an id; false when it was already seen. */
  add(id: string): boolean {
    if (this.set) {
      if (this.set.has(id)) return false;
      this.set.add(id);
      return true;
    }
    if (this.list.includes(id)) return false;
    this.list.push(id);
    if (this.list.length > 16) this.set = new Set(this.list);
    return true;
  }
}
