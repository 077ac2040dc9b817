import type { BodyKind } from './bodyKinds.ts';
import type { ReformId } from './reforms.ts';

/** Who may hold a function that a reform moves: the kinds before it applies, and after. */
export interface FunctionHolders {
  reform: ReformId;
  before: readonly BodyKind[];
  after: readonly BodyKind[];
}

/** One function of the catalogue: what a body holds in law and can delegate. */
export interface CatalogueFunction {
  /** Plain-English name, as documents print it. */
  label: string;
  /** Who holds it in law, in words (docs/domain.md, "Function catalogue"). */
  heldBy: string;
  /** Other ways people write it, compared loosely: they name the same function. */
  aliases: readonly string[];
  /** For a function a reform moves, the kinds that hold it on each side of the reform. */
  holders?: FunctionHolders;
}

/**
 * The functions maps most often hold and delegate (docs/domain.md, "Function catalogue").
 * A body's functions and a delegation's function may name one of these (by id or name) or be
 * free text; the rules compare catalogue functions by id, so "primary medical services" and
 * "primary-medical-services" are one function.
 */
export const FUNCTION_CATALOGUE = {
  'primary-medical-services': {
    label: 'Primary medical services commissioning',
    heldBy:
      'NHS England (DHSC once the Health Bill is in force); delegated to every ICB since July 2022',
    aliases: [
      'primary medical services',
      'primary medical services commissioning',
      'gp commissioning',
      'primary care commissioning',
    ],
  },
  'pharmaceutical-services': {
    label: 'Pharmaceutical services commissioning',
    heldBy: 'NHS England; delegated to ICBs from April 2023',
    aliases: ['pharmacy', 'pharmacy commissioning', 'community pharmacy commissioning'],
  },
  'ophthalmic-services': {
    label: 'General ophthalmic services commissioning',
    heldBy: 'NHS England; delegated to ICBs from April 2023',
    aliases: ['optometry', 'optometry commissioning', 'ophthalmic services commissioning'],
  },
  'dental-services': {
    label: 'Dental services commissioning',
    heldBy: 'NHS England; delegated to ICBs from April 2023',
    aliases: ['dental', 'dentistry', 'dental commissioning', 'dentistry commissioning'],
  },
  'specialised-services': {
    label: 'Specialised services delegated to ICBs (2025/26)',
    heldBy:
      'NHS England, which stays the accountable commissioner; 70 services delegated to all ICBs from April 2025',
    aliases: [
      'specialised commissioning',
      'specialised services',
      'specialised services commissioning',
      'delegated specialised services',
    ],
  },
  'vaccination-and-screening': {
    label: 'Vaccination and screening',
    heldBy:
      'NHS England under section 7A agreements with the Secretary of State; being delegated to ICBs',
    aliases: [
      'vaccination',
      'immunisation',
      'screening',
      'vaccination and immunisation',
      'section 7a services',
    ],
  },
  'community-services-commissioning': {
    label: 'Community health services commissioning',
    heldBy: 'ICBs (NHS Act 2006 s3)',
    aliases: [
      'community services commissioning',
      'community health services commissioning',
      'community commissioning',
    ],
  },
  'acute-services-commissioning': {
    label: 'Acute services commissioning',
    heldBy: 'ICBs (NHS Act 2006 s3)',
    aliases: ['acute commissioning', 'hospital services commissioning'],
  },
  'mental-health-commissioning': {
    label: 'Mental health services commissioning',
    heldBy: 'ICBs (NHS Act 2006 s3)',
    aliases: ['mental health commissioning', 'mental health services commissioning'],
  },
  'adult-social-care': {
    label: 'Adult social care',
    heldBy: 'Upper-tier councils (Care Act 2014)',
    aliases: ['social care', 'adult social care commissioning', 'adult social services'],
  },
  'public-health': {
    label: 'Public health',
    heldBy: 'Upper-tier councils (NHS Act 2006 s2B)',
    aliases: ['public health commissioning', 'local authority public health'],
  },
  'patient-and-public-voice': {
    label: 'Patient and public voice in health (local Healthwatch functions)',
    heldBy:
      'Local Healthwatch, under arrangements its council makes; to ICBs once the Health Bill 2026 abolishes Healthwatch',
    aliases: [
      'healthwatch functions',
      'local healthwatch functions',
      'patient voice',
      'public involvement',
      'patient and public voice',
    ],
    holders: {
      reform: 'healthwatch-abolition',
      before: ['healthwatch', 'local-authority'],
      after: ['icb'],
    },
  },
  'social-care-voice': {
    label: 'Patient and public voice in social care (local Healthwatch functions)',
    heldBy:
      'Local Healthwatch, under arrangements its council makes; to councils once the Health Bill 2026 abolishes Healthwatch',
    aliases: ['social care voice', 'healthwatch social care functions', 'service user voice'],
    holders: {
      reform: 'healthwatch-abolition',
      before: ['healthwatch', 'local-authority'],
      after: ['local-authority'],
    },
  },
} as const satisfies Record<string, CatalogueFunction>;

/** A catalogue function's id. */
export type CatalogueFunctionId = keyof typeof FUNCTION_CATALOGUE;

/** Catalogue ids in the order the inspector offers them. */
export const CATALOGUE_FUNCTION_IDS = Object.keys(FUNCTION_CATALOGUE) as CatalogueFunctionId[];

/** A function name compared loosely: trimmed, lower case, single spaces, dashes as spaces. */
function loose(name: string): string {
  return name
    .trim()
    .replace(/[\s_-]+/g, ' ')
    .toLowerCase();
}

const BY_NAME = new Map<string, CatalogueFunctionId>();
for (const id of CATALOGUE_FUNCTION_IDS) {
  const entry: CatalogueFunction = FUNCTION_CATALOGUE[id];
  for (const name of [id, entry.label, ...entry.aliases]) BY_NAME.set(loose(name), id);
}

/** The catalogue function a name means (its id, its name or an alias), or undefined for free text. */
export function catalogueFunction(name: string): CatalogueFunctionId | undefined {
  return BY_NAME.get(loose(name));
}

/** How to print a function: the catalogue's name for a catalogue function, else the text as written. */
export function functionLabel(name: string): string {
  const id = catalogueFunction(name);
  return id ? FUNCTION_CATALOGUE[id].label : name.trim();
}

/** The key two function names share when they mean the same function. */
export function functionKey(name: string): string {
  const id = catalogueFunction(name);
  return id ? `catalogue:${id}` : loose(name);
}
