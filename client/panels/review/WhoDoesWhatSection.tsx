import { REVIEW_SECTIONS } from '../../../shared/spec/review/reviewSections.ts';
import type {
  ReviewBody,
  ReviewFootprint,
  WhoDoesWhat,
} from '../../../shared/spec/review/reviewTypes.ts';
import { Missing, ReviewTable } from './ReviewTable.tsx';

function BodiesTable({ bodies }: { bodies: readonly ReviewBody[] }) {
  if (bodies.length === 0) return <p className="review-missing">No bodies recorded here.</p>;
  return (
    <ReviewTable
      rows={bodies}
      columns={[
        { header: 'Body', rowHeader: true, cell: (body) => body.name },
        { header: 'Kind', cell: (body) => body.kindLabel },
        {
          header: 'Statutory',
          cell: (body) => (
            <span className={body.statutory ? 'review-yes' : 'review-no'}>
              {body.statutory ? 'Yes' : 'No'}
            </span>
          ),
        },
        {
          header: 'Functions',
          cell: (body) =>
            body.functions.length === 0 ? (
              <Missing>—</Missing>
            ) : (
              <ul className="review-functions">
                {body.functions.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            ),
        },
        { header: 'Governance', cell: (body) => body.governance ?? <Missing>—</Missing> },
      ]}
    />
  );
}

function Footprint({ footprint }: { footprint: ReviewFootprint }) {
  const where = footprint.path.length > 0 ? ` in ${footprint.path.toReversed().join(', ')}` : '';
  return (
    <>
      <div className="review-footprint">
        <h3>{footprint.name}</h3>
        <p className="review-subtitle">
          {footprint.levelLabel}
          {where}
          {footprint.population !== undefined &&
            ` · ${footprint.population.toLocaleString('en-GB')} people`}
        </p>
        <BodiesTable bodies={footprint.bodies} />
      </div>
      {footprint.children.map((child) => (
        <Footprint key={child.id} footprint={child} />
      ))}
    </>
  );
}

/** Section (a): each footprint, largest first, with the bodies in it. */
export function WhoDoesWhatSection({ whoDoesWhat }: { whoDoesWhat: WhoDoesWhat }) {
  return (
    <section className="review-section" aria-labelledby="review-who-does-what">
      <h2 id="review-who-does-what">{REVIEW_SECTIONS.whoDoesWhat}</h2>
      {whoDoesWhat.footprints.map((footprint) => (
        <Footprint key={footprint.id} footprint={footprint} />
      ))}
      {whoDoesWhat.unplaced.length > 0 && (
        <div className="review-footprint">
          <h3>Not in any footprint</h3>
          <BodiesTable bodies={whoDoesWhat.unplaced} />
        </div>
      )}
    </section>
  );
}
