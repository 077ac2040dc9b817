import { describe, expect, it } from 'vitest';
import { COLLABORATIVE_MODEL_IDS, PLACE_MODEL_IDS } from '../model/governance.ts';
import { validateSpec } from '../rules/validateSpec.ts';
import { parseSpec } from '../spec/parseSpec.ts';
import { findTemplate, TEMPLATES } from './templates.ts';

describe('map templates', () => {
  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    '%s is a valid spec with no findings',
    (_id, template) => {
      // Through JSON, as a spec arrives from outside.
      const parsed = parseSpec(JSON.parse(JSON.stringify(template.spec)));
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      const findings = validateSpec(template.spec);
      expect(findings.errors).toEqual([]);
      // What the template records is what the validator finds.
      expect(findings).toEqual(template.spec.validation);
    },
  );

  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    '%s is proposed, titled and explained on its key body',
    (_id, template) => {
      const { spec } = template;
      expect(spec.map.id).toBe('template');
      expect(spec.map.title).toBe(template.name);
      expect(template.description.trim()).not.toBe('');
      const elements = [...spec.footprints, ...spec.bodies, ...spec.relationships];
      for (const element of elements) expect(element.id.length).toBeGreaterThanOrEqual(8);
      for (const element of [...spec.bodies, ...spec.relationships]) {
        expect(element.status).toBe('proposed');
      }
      const noted = spec.bodies.filter((body) => body.notes?.trim());
      expect(noted).toHaveLength(1);
      const sentences = noted[0]?.notes?.match(/[.!?](\s|$)/g) ?? [];
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(3);
    },
  );

  it('has one template per governance model, and a whole system', () => {
    const modelOf = (group: string) =>
      TEMPLATES.filter((template) => template.group === group).map((template) => {
        const key = template.spec.bodies.find((body) => body.notes);
        return key?.governance?.model;
      });
    expect(modelOf('place').sort()).toEqual([...PLACE_MODEL_IDS].sort());
    expect(modelOf('collaborative').sort()).toEqual([...COLLABORATIVE_MODEL_IDS].sort());
    expect(TEMPLATES.filter((template) => template.group === 'system')).toHaveLength(1);
  });

  it('has the four structures of 2025–26', () => {
    const reform = TEMPLATES.filter((template) => template.group === 'reform');
    expect(reform.map((template) => template.id)).toEqual([
      'icb-cluster',
      'iho-neighbourhood-providers',
      'delegated-specialised-commissioning',
      'bcf-section-75-pool',
    ]);
    const kinds = new Set(reform.flatMap((t) => t.spec.bodies.map((b) => b.kind)));
    for (const kind of ['icb-cluster', 'neighbourhood-provider', 'pooled-fund']) {
      expect(kinds).toContain(kind);
    }
  });

  it('has unique ids, each found by findTemplate', () => {
    const ids = TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(findTemplate(id)?.id).toBe(id);
    expect(findTemplate('no-such-template')).toBeUndefined();
  });
});
