import { loopInWords } from '../../../shared/spec/review/loopInWords.ts';
import { REVIEW_SECTIONS } from '../../../shared/spec/review/reviewSections.ts';
import type {
  AccountabilityNode,
  AccountabilityReview,
} from '../../../shared/spec/review/reviewTypes.ts';

const STOP_TEXT = {
  'loops-back': 'loops back: already above in this line',
  'shown-above': 'part of a loop shown above',
} as const;

function TreeItem({ node }: { node: AccountabilityNode }) {
  const mark = node.stop ? STOP_TEXT[node.stop] : node.inCycle ? 'in an accountability loop' : null;
  return (
    <li>
      <span className="review-tree-body">
        <strong>{node.name}</strong>
        {node.kindLabel && <span className="review-kind"> {node.kindLabel}</span>}
        {mark && <span className="review-loop"> ⚠ {mark}</span>}
      </span>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <TreeItem key={child.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Section (b): the accountability tree, its loops, and who has no line recorded. */
export function AccountabilitySection({
  accountability,
}: {
  accountability: AccountabilityReview;
}) {
  const { roots, cycles, unlinked } = accountability;
  return (
    <section className="review-section" aria-labelledby="review-accountability">
      <h2 id="review-accountability">{REVIEW_SECTIONS.accountability}</h2>
      <p className="review-subtitle">Each body is listed under the body it is accountable to.</p>
      {roots.length === 0 ? (
        <p className="review-missing">No accountability lines are recorded.</p>
      ) : (
        <ul className="review-tree">
          {roots.map((root) => (
            <TreeItem key={root.id} node={root} />
          ))}
        </ul>
      )}
      {cycles.length > 0 && (
        <>
          <h3>Accountability loops</h3>
          <ul className="review-loops">
            {cycles.map((names) => (
              <li key={names.join('\n')} className="review-loop">
                ⚠ {loopInWords(names)}
              </li>
            ))}
          </ul>
        </>
      )}
      {unlinked.length > 0 && (
        <>
          <h3>No accountability line recorded</h3>
          <ul className="review-columns">
            {unlinked.map((body) => (
              <li key={body.id}>
                {body.name} <span className="review-kind">{body.kindLabel}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
