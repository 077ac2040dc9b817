import type { Tally } from '../../shared/ydoc/votes.ts';
import { tallyText } from './voteTally.ts';

/** A tally as a bar split by choice, with the counts beneath. */
export function TallyBar({ tally }: { tally: Tally }) {
  return (
    <div className="tally" data-testid="tally" title={tallyText(tally)}>
      <div className="tally-bar" aria-hidden="true">
        {tally.agree > 0 && <span className="tally-agree" style={{ flexGrow: tally.agree }} />}
        {tally.disagree > 0 && (
          <span className="tally-disagree" style={{ flexGrow: tally.disagree }} />
        )}
        {tally.abstain > 0 && (
          <span className="tally-abstain" style={{ flexGrow: tally.abstain }} />
        )}
      </div>
      <div className="tally-counts">
        <span className="tally-count tally-count-agree">
          <span aria-hidden="true">✔</span> {tally.agree} agree
        </span>
        <span className="tally-count tally-count-disagree">
          <span aria-hidden="true">✖</span> {tally.disagree} disagree
        </span>
        <span className="tally-count tally-count-abstain">
          <span aria-hidden="true">–</span> {tally.abstain} abstain
        </span>
      </div>
    </div>
  );
}
