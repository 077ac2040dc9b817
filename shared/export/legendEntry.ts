/** One line of a map's key: a body kind's colour or a relationship's line. */
export interface LegendEntry {
  label: string;
  color: string;
  kind: 'body' | 'relationship';
  /** An SVG dash pattern ("9 4") for a relationship drawn dashed. */
  dash?: string;
  /** A body kind's badge text ("ICB"). */
  short?: string;
  /** True for a statutory body kind. */
  statutory?: boolean;
}
