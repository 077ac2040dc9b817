import type { LayoutEdge, LayoutNode, LayoutPlacement } from '../../shared/layout/layoutMap.ts';

/** One layout run asked of the layout worker. */
export interface LayoutRequest {
  id: number;
  input: { nodes: LayoutNode[]; edges: LayoutEdge[]; scope?: string };
}

/** The layout worker's answer to one run. */
export type LayoutReply =
  | { type: 'placed'; id: number; placements: LayoutPlacement[] }
  | { type: 'failed'; id: number; message: string };
