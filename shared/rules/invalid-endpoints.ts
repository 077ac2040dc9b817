import type { BodyKind } from '../model/bodyKinds.ts';
import { RELATIONSHIP_KIND_LABEL, type RelationshipKind } from '../model/relationshipKinds.ts';
import { type Fit, relationshipFits } from '../model/relationshipRules.ts';
import type { Finding, SpecRelationship } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

/**
 * Whether a kind of link fits two kinds of body, worked out once for each of the few
 * combinations a map has rather than once per link (its reason is words built each time).
 * By relationship kind, then the kinds at each end: lookups, with no key made per link.
 */
const fits = new Map<RelationshipKind, Map<BodyKind, Map<BodyKind, Fit>>>();

function fitOf(kind: RelationshipKind, from: BodyKind, to: BodyKind): Fit {
  let byFrom = fits.get(kind);
  if (!byFrom) {
    byFrom = new Map();
    fits.set(kind, byFrom);
  }
  let byTo = byFrom.get(from);
  if (!byTo) {
    byTo = new Map();
    byFrom.set(from, byTo);
  }
  let fit = byTo.get(to);
  if (!fit) {
    fit = relationshipFits(kind, from, to);
    byTo.set(to, fit);
  }
  return fit;
}

/** `invalid-endpoints`: each relationship's kind fits the kinds of body at its ends. */
export function invalidEndpoints(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  const findings: Finding[] = [];
  const { links } = graph;
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as SpecRelationship;
    const from = graph.linkFrom(i);
    const to = graph.linkTo(i);
    const fit = fitOf(link.kind, from.kind, to.kind);
    if (fit.ok) continue;
    findings.push(
      finding(
        'invalid-endpoints',
        `${from.name} ${RELATIONSHIP_KIND_LABEL[link.kind]} ${to.name}, but ${fit.reason}`,
        [link.id, from.id, to.id],
      ),
    );
  }
  return findings;
}
