import { describe, expect, it } from 'vitest';
import { generateSpec } from '../../test/helpers/generateSpec.ts';
import type { GovernanceSpec } from '../spec/specSchema.ts';
import { validateSpec } from './validateSpec.ts';

/** The findings of a spec no earlier validation has seen (new objects throughout). */
function fresh(spec: GovernanceSpec) {
  return validateSpec(structuredClone(spec));
}

describe('the rules index, reused from one validation to the next', () => {
  const spec = generateSpec(80, { places: 2 });
  const [first, second] = spec.bodies;
  if (!first || !second) throw new Error('a generated spec has bodies');

  it('finds what a fresh index finds when a body changes and the relationships do not', () => {
    // Turning a statutory body into a committee changes what the accountability rules see.
    const changed = {
      ...spec,
      bodies: spec.bodies.map((body) =>
        body.id === first.id ? { ...body, kind: 'committee' as const, statutory: false } : body,
      ),
    } as GovernanceSpec;
    const expected = fresh(changed);
    validateSpec(spec);
    expect(validateSpec(changed)).toEqual(expected);
  });

  it('indexes again when a body goes, or a list of relationships changes in place', () => {
    const fewer = { ...spec, bodies: spec.bodies.filter((body) => body.id !== second.id) };
    const expectedFewer = fresh(fewer);
    validateSpec(spec);
    expect(validateSpec(fewer)).toEqual(expectedFewer);

    const edited = { ...spec, relationships: [...spec.relationships] };
    validateSpec(edited);
    edited.relationships.splice(0, 5);
    expect(validateSpec(edited)).toEqual(fresh(edited));
  });
});
