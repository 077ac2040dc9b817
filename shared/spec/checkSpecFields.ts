import { type InputProblem, jsonPath } from '../errors/formatZodIssues.ts';
import { BODY_KIND_INFO } from '../model/bodyKinds.ts';
import { checkField, type FieldDef, nodeFields, relationshipFields } from '../model/fields.ts';
import { RELATIONSHIP_KIND_LABEL } from '../model/relationshipKinds.ts';
import {
  BODY_CORE_KEYS,
  FOOTPRINT_CORE_KEYS,
  flattenSpecFields,
  RELATIONSHIP_CORE_KEYS,
} from './specFields.ts';
import type { GovernanceSpec } from './specSchema.ts';
import { lowerFirst, withArticle } from './words.ts';

/** The longest name or label a map can hold (the doc's own limit). */
const MAX_NAME = 500;

function checkElement(
  element: Readonly<Record<string, unknown>>,
  core: ReadonlySet<string>,
  fields: readonly FieldDef[],
  where: (string | number)[],
  owner: string,
  problems: InputProblem[],
): void {
  for (const { key, value, path } of flattenSpecFields(element, core)) {
    const field = fields.find((f) => f.key === key);
    const at = jsonPath([...where, ...path]);
    if (!field) {
      problems.push({ path: at, message: `is not a field of ${owner}` });
      continue;
    }
    const checked = checkField(field, value);
    if (!checked.ok) problems.push({ path: at, message: checked.message });
  }
}

/**
 * Checks each element's fields against the field registry: that its kind has the field
 * (a `sector` belongs to an NHS trust, not an ICB) and that the value fits what the map can
 * hold. A spec that passes imports without losing anything.
 */
export function checkSpecFields(spec: GovernanceSpec): InputProblem[] {
  const problems: InputProblem[] = [];
  const checkName = (name: string, path: (string | number)[]) => {
    if (name.length > MAX_NAME) {
      problems.push({ path: jsonPath(path), message: `is over ${MAX_NAME} characters` });
    }
  };
  spec.footprints.forEach((footprint, index) => {
    checkName(footprint.name, ['footprints', index, 'name']);
    const fields = nodeFields('footprint');
    checkElement(
      footprint,
      FOOTPRINT_CORE_KEYS,
      fields,
      ['footprints', index],
      'a footprint',
      problems,
    );
  });
  spec.bodies.forEach((body, index) => {
    checkName(body.name, ['bodies', index, 'name']);
    const owner = withArticle(lowerFirst(BODY_KIND_INFO[body.kind].label));
    checkElement(body, BODY_CORE_KEYS, nodeFields(body.kind), ['bodies', index], owner, problems);
  });
  spec.relationships.forEach((relationship, index) => {
    if (relationship.label !== undefined) {
      checkName(relationship.label, ['relationships', index, 'label']);
    }
    const owner = `a “${RELATIONSHIP_KIND_LABEL[relationship.kind]}” relationship`;
    const fields = relationshipFields(relationship.kind);
    const where = ['relationships', index];
    checkElement(relationship, RELATIONSHIP_CORE_KEYS, fields, where, owner, problems);
  });
  return problems;
}
