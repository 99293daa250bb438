/** The deals a forecast reads: one rep's own, or every deal on this laptop (a manager's team). */
import { map, type Observable } from 'rxjs';
import type { Opportunity } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';

/** `{ ownerId }`: that rep's deals only; 'team': all deals here (managers read their reps' deals). */
export type ForecastScope = { ownerId: string } | 'team';

export function observeForecastDeals(db: FieldcaseDatabase, scope: ForecastScope): Observable<Opportunity[]> {
  const query = scope === 'team' ? db.opportunities.find() : db.opportunities.find({ selector: { ownerId: scope.ownerId } });
  return query.$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}
