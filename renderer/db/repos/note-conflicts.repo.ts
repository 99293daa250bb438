/**
 * How many notes hold conflicting edits the rep has not settled yet: for the desktop tray and
 * its notifications. Settled notes keep an empty `conflicts` list, so "has any" is the test.
 */
import { map, type Observable } from 'rxjs';
import type { FieldcaseDatabase } from '../database.ts';

export function observeConflictedNoteCount(db: FieldcaseDatabase): Observable<number> {
  return db.call_notes
    .find({ selector: { 'conflicts.0': { $exists: true } } })
    .$.pipe(map((docs) => docs.length));
}
