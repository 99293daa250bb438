/** Published collateral metadata (the files themselves live in the blob cache), and its opening. */
import { map, type Observable } from 'rxjs';
import type { Activity, Collateral } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';

export function observeCollateral(db: FieldcaseDatabase): Observable<Collateral[]> {
  return db.collateral
    .find()
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON()).sort((a, b) => a.title.localeCompare(b.title))));
}

export function observeCollateralItem(db: FieldcaseDatabase, id: string): Observable<Collateral | null> {
  return db.collateral.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}

/** The rep opened a collateral file (in the app or with the system): an enablement activity. */
export async function recordCollateralOpened(
  db: FieldcaseDatabase,
  input: { ownerId: string; item: Pick<Collateral, 'id' | 'version'> },
  now = Date.now(),
): Promise<Activity> {
  const doc = await db.activities.insert({
    id: crypto.randomUUID(),
    ownerId: input.ownerId,
    kind: 'collateral_opened',
    subjectId: input.item.id,
    subjectVersion: input.item.version,
    at: now,
    createdAt: now,
    updatedAt: now,
  });
  return doc.toMutableJSON();
}
