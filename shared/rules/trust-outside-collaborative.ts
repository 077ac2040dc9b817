import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

const SECTOR_WORDS: Record<string, string> = {
  acute: 'an acute',
  'mental-health': 'a mental health',
};

/** `trust-outside-collaborative`: every acute or mental health trust is in a provider collaborative. */
export function trustOutsideCollaborative(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return subject.bodies.flatMap((trust) => {
    const sector =
      trust.kind === 'nhs-trust' && trust.sector ? SECTOR_WORDS[trust.sector] : undefined;
    if (!sector) return [];
    const inCollaborative = graph
      .from(trust.id, 'member-of')
      .some((link) => graph.body(link.to).kind === 'provider-collaborative');
    if (inCollaborative) return [];
    return [
      finding(
        'trust-outside-collaborative',
        `${trust.name} is ${sector} trust but is not a member of any provider collaborative; every acute and mental health trust has been expected to be in one since July 2022.`,
        [trust.id],
      ),
    ];
  });
}
