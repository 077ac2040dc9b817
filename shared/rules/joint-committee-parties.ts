import { BODY_KIND_INFO, type BodyKind, RELEVANT_BODY_KINDS } from '../model/bodyKinds.ts';
import type { Finding, SpecRelationship } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { isJointCommittee } from './governanceKinds.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

/** Who can be a party to a joint committee (docs/domain.md, "Joint committees"). */
const PARTY_KINDS: readonly BodyKind[] = [...RELEVANT_BODY_KINDS, 'local-authority'];

/**
 * A membership that makes its body a party: marked `party`, or, when the map does not say,
 * a voting member (what version 1 maps meant by a vote).
 */
function isParty(link: SpecRelationship): boolean {
  return link.party ?? link.voting !== false;
}

/**
 * `joint-committee-parties`: the parties to a joint committee (the bodies whose functions it
 * exercises) are NHS England, ICBs, NHS trusts or local authorities (s65Z5, s101); a body that
 * delegates to a joint committee is one of its parties. Members who are not parties, with or
 * without a vote, are for its terms of reference, not the law.
 */
export function jointCommitteeParties(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return subject.bodies.filter(isJointCommittee).flatMap((committee) => {
    const memberships = graph.into(committee.id, 'member-of');
    const ineligible = memberships
      .filter(isParty)
      .filter((link) => !PARTY_KINDS.includes(graph.body(link.from).kind))
      .map((link) => {
        const member = graph.body(link.from);
        const kind = BODY_KIND_INFO[member.kind].label.toLowerCase();
        return finding(
          'joint-committee-parties',
          `${member.name} (${kind}) is recorded as a party to the joint committee ${committee.name}, but only NHS England, ICBs, NHS trusts and local authorities can be parties. ${member.name} can be a member that is not a party (and vote, if the terms of reference allow).`,
          [link.id, member.id, committee.id],
        );
      });
    const parties = new Set(memberships.filter(isParty).map((link) => link.from));
    const notParties = graph
      .into(committee.id, 'delegates')
      .filter((link) => PARTY_KINDS.includes(graph.body(link.from).kind))
      .filter((link) => !parties.has(link.from))
      .map((link) => {
        const from = graph.body(link.from);
        return finding(
          'joint-committee-parties',
          `${from.name} delegates to the joint committee ${committee.name} but is not recorded as one of its parties: a joint committee exercises only the functions of its parties, so add ${from.name} as a member that is a party.`,
          [link.id, from.id, committee.id],
        );
      });
    return [...ineligible, ...notParties];
  });
}
