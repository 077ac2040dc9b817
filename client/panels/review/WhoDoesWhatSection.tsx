import { REVIEW_SECTIONS } from '../../../shared/spec/review/reviewSections.ts';
import type {
  ReviewBody,
  ReviewFootprint,
  WhoDoesWhat,
} from '../../../shared/spec/review/reviewTypes.ts';

function BodiesTable({ bodies }: { bodies: readonly ReviewBody[] }) {
  if (bodies.length === 0) return <p className="review-missing">No bodies recorded here.</p>;
  return (
    <table className="review-table">
      <thead>
        <tr>
          <th scope="col">Body</th>
          <th scope="col">Kind</th>
          <th scope="col">Statutory</th>
          <th scope="col">Functions</th>
          <th scope="col">Governance</th>
        </tr>
      </thead>
      <tbody>
        {bodies.map((body) => (
          <tr key={body.id}>
            <th scope="row">{body.name}</th>
            <td>{body.kindLabel}</td>
            <td>
              <span className={body.statutory ? 'review-yes' : 'review-no'}>
                {body.statutory ? 'Yes' : 'No'}
              </span>
            </td>
            <td>
              {body.functions.length === 0 ? (
                <span className="review-missing">—</span>
              ) : (
                <ul className="review-functions">
                  {body.functions.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              )}
            </td>
            <td>{body.governance ?? <span className="review-missing">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
