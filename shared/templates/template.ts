import { BODY_KIND_INFO, type BodyKind } from '../model/bodyKinds.ts';
import {
  type GovernanceSpec,
  SPEC_VERSION,
  type SpecBody,
  type SpecFootprint,
  type SpecRelationship,
} from '../spec/specSchema.ts';

/** Which part of the home page's picker a template belongs to. */
export type TemplateGroup = 'place' | 'collaborative' | 'system' | 'reform';

/** A small, valid governance spec to start a map from. */
export interface Template {
  /** Stable id, sent as `template` to POST /api/maps. */
  id: string;
  name: string;
  group: TemplateGroup;
  /** One plain-English sentence shown under the picker. */
  description: string;
  spec: GovernanceSpec;
}

/** What one template of a group gives to the structure the group's templates share. */
export interface TemplateParts {
  id: string;
  name: string;
  description: string;
  /** What the group's main body's notes say about how it is run. */
  notes: string;
  /** Bodies beyond the group's common ones. */
  bodies?: SpecBody[];
  /** Relationships beyond the group's common ones. */
  relationships: SpecRelationship[];
}

/** Every template claims the same fixed export date, so a template's spec never changes. */
export const TEMPLATE_EXPORTED_AT = '2026-01-01T00:00:00.000Z';

type BodyFields = Omit<SpecBody, 'id' | 'kind' | 'name' | 'statutory' | 'status'>;
type RelationshipFields = Omit<SpecRelationship, 'id' | 'kind' | 'from' | 'to' | 'status'>;

/** A proposed body; whether it is statutory follows from its kind. */
export function body(id: string, kind: BodyKind, name: string, fields: BodyFields = {}): SpecBody {
  return {
    id,
    kind,
    name,
    statutory: BODY_KIND_INFO[kind].statutory,
    status: 'proposed',
    ...fields,
  };
}

/** A proposed relationship. */
export function relationship(
  id: string,
  kind: SpecRelationship['kind'],
  from: string,
  to: string,
  fields: RelationshipFields = {},
): SpecRelationship {
  return { id, kind, from, to, status: 'proposed', ...fields };
}

/** A footprint. */
export function footprint(
  id: string,
  name: string,
  level: SpecFootprint['level'],
  parent?: string,
): SpecFootprint {
  return { id, name, level, ...(parent ? { parent } : {}) };
}

/** Wraps a template's elements as a spec of everything, with no findings recorded. */
export function templateSpec(
  title: string,
  description: string,
  elements: Pick<GovernanceSpec, 'footprints' | 'bodies' | 'relationships'>,
): GovernanceSpec {
  return {
    specVersion: SPEC_VERSION,
    map: { id: 'template', title, description, exportedAt: TEMPLATE_EXPORTED_AT, includes: 'all' },
    ...elements,
    validation: { errors: [], warnings: [] },
  };
}

/** Governance that lets a body take delegated decisions (decision-body-governance). */
export function decidingGovernance(
  model: NonNullable<SpecBody['governance']>['model'] | undefined,
  chair: string,
): NonNullable<SpecBody['governance']> {
  return {
    ...(model ? { model } : {}),
    termsOfReference: 'Draft terms of reference, to be agreed by each partner',
    chair,
    quorum: 'Half of the members, including one non-executive',
    nonExecutiveMembers: 1,
  };
}

/** A template of one group of the picker, its spec made of the elements given. */
export function groupTemplate(
  group: TemplateGroup,
  id: string,
  name: string,
  description: string,
  elements: Pick<GovernanceSpec, 'footprints' | 'bodies' | 'relationships'>,
): Template {
  return { id, name, group, description, spec: templateSpec(name, description, elements) };
}
