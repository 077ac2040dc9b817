import type { Finding, SpecBody, SpecFootprint } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

/** The system footprint an ICP serves: its own, or the nearest system footprint above it. */
function systemOf(areaId: string, areas: ReadonlyMap<string, SpecFootprint>): string {
  const seen = new Set<string>();
  for (
    let area = areas.get(areaId);
    area && !seen.has(area.id);
    area = areas.get(area.parent ?? '')
  ) {
    if (area.level === 'system') return area.id;
    seen.add(area.id);
  }
  return areaId;
}

/** The footprint and every footprint nested under it, at any depth. */
function withNested(areaId: string, footprints: readonly SpecFootprint[]): Set<string> {
  const inside = new Set([areaId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const area of footprints) {
      if (area.parent && inside.has(area.parent) && !inside.has(area.id)) {
        inside.add(area.id);
        grew = true;
      }
    }
  }
  return inside;
}

/**
 * Upper tier is every council but a district; a combined authority is its own case (it is
 * not one of the councils the Act puts on the partnership), so it is not required either.
 */
function isUpperTierCouncil(body: SpecBody): boolean {
  return (
    body.kind === 'local-authority' &&
    body.tier !== 'district' &&
    body.tier !== 'combined-authority' &&
    body.tier !== 'mayoral-strategic-authority' &&
    body.tier !== 'foundation-strategic-authority'
  );
}

/**
 * `icp-membership`: an ICP that is the statutory joint committee of the 2022 Act (its legal
 * form, or any ICP whose form is not recorded) has as members the ICB of its system footprint
 * and every upper-tier council in that footprint or nested under it (everyone in the spec when
 * it has no footprint). An ICP recorded as non-statutory, where the law no longer requires
 * one, has no required members (docs/domain.md, "Integrated care partnerships").
 */
export function icpMembership(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  const areas = new Map(subject.footprints.map((area) => [area.id, area]));
  // Who must sit on an ICP of each system footprint (the key "" for an ICP with none).
  const requiredIn = new Map<string, SpecBody[]>();
  const requiredOf = (system: string | undefined): SpecBody[] => {
    let required = requiredIn.get(system ?? '');
    if (!required) {
      const inside = system ? withNested(system, subject.footprints) : undefined;
      required = subject.bodies.filter((body) =>
        body.kind === 'icb'
          ? !system || body.footprint === system
          : isUpperTierCouncil(body) && (!inside || inside.has(body.footprint ?? '')),
      );
      requiredIn.set(system ?? '', required);
    }
    return required;
  };
  return subject.bodies
    .filter((icp) => icp.kind === 'icp' && icp.legalForm !== 'non-statutory')
    .flatMap((icp) => {
      const members = new Set(graph.into(icp.id, 'member-of').map((link) => link.from));
      const system = icp.footprint ? systemOf(icp.footprint, areas) : undefined;
      return requiredOf(system)
        .filter((body) => !members.has(body.id))
        .map((body) => {
          const role = body.kind === 'icb' ? 'the ICB' : 'an upper-tier council';
          return finding(
            'icp-membership',
            `${body.name} is not a member of ${icp.name}; ${role} of its system must sit on the integrated care partnership.`,
            [icp.id, body.id],
          );
        });
    });
}
