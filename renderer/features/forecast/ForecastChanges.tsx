import { Link } from 'react-router';
import type { DealChange } from '../../../shared/domain/forecast.ts';
import { formatDate } from '../crm/labels.ts';
import { describeDealChange } from './forecast-view.ts';

/** "Changed since last week": each deal that moved, was re-priced or re-dated, or is new. */
export function ForecastChanges({ changes, quarter, repName }: { changes: DealChange[]; quarter: string; repName?: (ownerId: string) => string }) {
  return (
    <section aria-labelledby="forecast-changes-title">
      <h2 id="forecast-changes-title">Changed since last week</h2>
      {changes.length === 0 ? (
        <p className="muted">No deal in this quarter moved stage, changed amount or close date, or was opened in the last 7 days.</p>
      ) : (
        <ul className="plain-list" aria-label="Deals changed since last week">
          {changes.map((change) => (
            <li key={change.id}>
              <Link to={`/opportunities/${encodeURIComponent(change.id)}`}>{change.name}</Link>
              {repName && <span className="muted"> · {repName(change.ownerId)}</span>}
              <div>{describeDealChange(change, quarter, formatDate)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
