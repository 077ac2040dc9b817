import type { Finding } from '../spec/specSchema.ts';
import { finding } from './finding.ts';
import { reaches, subjectGraph } from './subjectGraph.ts';
import type { RuleSubject } from './types.ts';

/** `unaccountable-body`: every non-statutory body answers, through a chain, to a statutory one. */
export function unaccountableBody(subject: RuleSubject): Finding[] {
  const graph = subjectGraph(subject);
  return subject.bodies
    .filter((body) => !body.statutory)
    .filter((body) => !reaches(graph, body.id, 'accountable-to', (to) => to.statutory))
    .map((body) =>
      finding(
        'unaccountable-body',
        `${body.name} is not accountable to any statutory body, directly or through others, so no organisation answers in law for what it does.`,
        [body.id],
      ),
    );
}
