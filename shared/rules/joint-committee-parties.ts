import { BODY_KIND_INFO, type BodyKind } from '../model/bodyKinds.ts';
import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { isJointCommittee } from './governanceKinds.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

const VOTING_KINDS: readonly BodyKind[] = ['nhs-england', 'icb', 'nhs-trust', 'local-authority'];

/**
 * `joint-committee-parties`: only NHS England, ICBs, NHS trusts and local authorities vote in
 * a joint committee (s65Z5); others may attend without a vote (`voting: false`).
 */
export function jointCommitteeParties(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return subject.bodies.filter(isJointCommittee).flatMap((committee) =>
    graph
      .into(committee.id, 'member-of')
      .filter((link) => link.voting !== false)
      .filter((link) => !VOTING_KINDS.includes(graph.body(link.from).kind))
      .map((link) => {
        const member = graph.body(link.from);
        const kind = BODY_KIND_INFO[member.kind].label.toLowerCase();
        return finding(
          'joint-committee-parties',
          `${member.name} (${kind}) is a voting member of the joint committee ${committee.name}, but only NHS England, ICBs, NHS trusts and local authorities can vote in a joint committee. ${member.name} can attend without a vote.`,
          [link.id, member.id, committee.id],
        );
      }),
  );
}
