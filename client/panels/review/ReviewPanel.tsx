import { useMemo } from 'react';
import { buildReview } from '../../../shared/spec/review/buildReview.ts';
import { formatDate } from '../../../shared/spec/review/formatDate.ts';
import { reviewToMarkdown } from '../../../shared/spec/review/reviewMarkdown.ts';
import type { GovernanceSpec } from '../../../shared/spec/specSchema.ts';
import { AccountabilitySection } from './AccountabilitySection.tsx';
import { DelegationsSection } from './DelegationsSection.tsx';
import { downloadText } from './downloadText.ts';
import { MoneySection } from './MoneySection.tsx';
import { reviewFileName } from './reviewFileName.ts';
import { WhoDoesWhatSection } from './WhoDoesWhatSection.tsx';
import './review.css';

/**
 * The review of a governance spec for system leaders: who does what, who is accountable to
 * whom, how the money flows and who delegates what. Scrolls on its own; prints on its own.
 */
export function ReviewPanel({ spec }: { spec: GovernanceSpec }) {
  const review = useMemo(() => buildReview(spec), [spec]);
  const download = () =>
    downloadText(
      reviewToMarkdown(review, review.title),
      reviewFileName(review.title),
      'text/markdown;charset=utf-8',
    );
  return (
    <article className="review-panel" aria-labelledby="review-title">
      <header className="review-header">
        <div>
          <h1 id="review-title">{review.title}</h1>
          <p className="review-subtitle">
            Review of the governance spec exported on {formatDate(review.exportedAt)}
            {review.includes === 'all'
              ? ', including proposed and disputed parts.'
              : ', agreed parts only.'}
          </p>
        </div>
        <div className="review-actions">
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" className="primary" onClick={download}>
            Download Markdown
          </button>
        </div>
      </header>
      {review.description && <p className="review-description">{review.description}</p>}
      <WhoDoesWhatSection whoDoesWhat={review.whoDoesWhat} />
      <AccountabilitySection accountability={review.accountability} />
      <MoneySection money={review.money} />
      <DelegationsSection delegations={review.delegations} />
    </article>
  );
}
