/** Footprint levels, largest first (docs/domain.md, "Footprints and governance models"). */
export const FOOTPRINT_LEVELS = {
  region: { label: 'Region', typicalPopulation: 'several million people' },
  system: { label: 'System', typicalPopulation: '0.5–3 million people' },
  place: { label: 'Place', typicalPopulation: '250–500,000 people' },
  neighbourhood: { label: 'Neighbourhood', typicalPopulation: '30–50,000 people' },
} as const;

/** A footprint's level. */
export type FootprintLevel = keyof typeof FOOTPRINT_LEVELS;

/** Footprint level ids, largest first. */
export const FOOTPRINT_LEVEL_IDS = Object.keys(FOOTPRINT_LEVELS) as [
  FootprintLevel,
  ...FootprintLevel[],
];

/** The size a new footprint of each level starts at on the canvas. */
export const FOOTPRINT_DEFAULT_SIZE: Record<FootprintLevel, { w: number; h: number }> = {
  region: { w: 1400, h: 900 },
  system: { w: 1100, h: 700 },
  // Three columns of bodies (client/theme/tokens.ts BODY_WIDTH) side by side, three rows deep.
  place: { w: 860, h: 460 },
  neighbourhood: { w: 380, h: 260 },
};
