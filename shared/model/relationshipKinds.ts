/** The kinds of relationship between bodies (docs/domain.md, "Relationship kinds"). */
export const RELATIONSHIP_KINDS = [
  'member-of',
  'accountable-to',
  'delegates',
  'commissions',
  'subcontracts',
  'funds',
  'hosts',
  'shares-data',
  'oversees',
  'assesses',
  'scrutinises',
  'nominates',
  'approves',
  'succeeded-by',
] as const;

/** A kind of relationship, drawn as an edge from one body to another. */
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** How each relationship kind reads on the canvas ("Leeds ICB — accountable to — …"). */
export const RELATIONSHIP_KIND_LABEL: Record<RelationshipKind, string> = {
  'member-of': 'member of',
  'accountable-to': 'accountable to',
  delegates: 'delegates to',
  commissions: 'commissions',
  subcontracts: 'subcontracts',
  funds: 'funds',
  hosts: 'hosts',
  'shares-data': 'shares data with',
  oversees: 'oversees',
  assesses: 'assesses',
  scrutinises: 'scrutinises',
  nominates: 'nominates to',
  approves: 'approves',
  'succeeded-by': 'succeeded by',
};
