import { legalBasisFromText } from '../model/legalBasis.ts';
import { GOVERNANCE_SPEC_SCHEMA_ID, SPEC_VERSION } from './specSchema.ts';

/** A spec brought up to the current version, and what the upgrade changed, in words. */
export interface MigratedSpec {
  /** The input, upgraded where it could be; anything else is left for the schema to report. */
  spec: unknown;
  /** The version the input said it was (undefined when it did not say). */
  from: unknown;
  changes: string[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Version 1 to 2 (docs/spec.md, "Versions"): the free-text `legalBasis` of a relationship
 * becomes one of the fixed list, or, when it names none, moves into the relationship's notes
 * so nothing is lost; `$schema` names version 2. Everything else of version 1 is valid in 2.
 */
function v1ToV2(spec: Json, changes: string[]): Json {
  // s65Z5 to a committee is joint exercise by a joint committee (s65Z5(2)), not delegation.
  const committees = new Set(
    (Array.isArray(spec.bodies) ? spec.bodies : [])
      .filter(
        (body): body is Json =>
          isObject(body) &&
          ['committee', 'place-partnership', 'provider-collaborative'].includes(String(body.kind)),
      )
      .map((body) => body.id),
  );
  const relationships = Array.isArray(spec.relationships)
    ? spec.relationships.map((relationship, index) => {
        if (!isObject(relationship) || typeof relationship.legalBasis !== 'string') {
          return relationship;
        }
        const { legalBasis: written, ...rest } = relationship;
        const read = legalBasisFromText(written);
        const basis =
          read === 's65z5-delegation' && committees.has(rest.to) ? 's65z5-joint-exercise' : read;
        const at = `$.relationships[${index}].legalBasis`;
        if (basis) {
          if (basis !== written) changes.push(`${at}: "${written}" is now "${basis}"`);
          return { ...rest, legalBasis: basis };
        }
        const note = `Legal basis (as written in version 1): ${written}`;
        const notes =
          typeof rest.notes === 'string' && rest.notes ? `${rest.notes}\n${note}` : note;
        changes.push(`${at}: "${written}" names none of the legal bases; moved into notes`);
        return { ...rest, notes };
      })
    : spec.relationships;
  changes.push('$.specVersion: 1 is now 2');
  return {
    ...spec,
    ...(spec.$schema !== undefined ? { $schema: GOVERNANCE_SPEC_SCHEMA_ID } : {}),
    specVersion: 2,
    relationships,
  };
}

/**
 * Upgrades a spec of an older version to the current one. Input that is not an object, or
 * of an unknown version, is returned as it is, for the schema to say what is wrong.
 */
export function migrateSpec(input: unknown): MigratedSpec {
  if (!isObject(input)) return { spec: input, from: undefined, changes: [] };
  const from = input.specVersion;
  const changes: string[] = [];
  if (from === 1) return { spec: v1ToV2(input, changes), from, changes };
  return { spec: input, from, changes: from === SPEC_VERSION ? [] : changes };
}
