/** Published collateral metadata (the files themselves live in the blob cache). */
import { map, type Observable } from 'rxjs';
import type { Collateral } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';

export function observeCollateral(db: FieldcaseDatabase): Observable<Collateral[]> {
  return db.collateral
    .find()
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON()).sort((a, b) => a.title.localeCompare(b.title))));
}
