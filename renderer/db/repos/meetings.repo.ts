/** The rep's calendar on this laptop. */
import { map, type Observable } from 'rxjs';
import type { Meeting } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';

/** Meetings starting within [from, to), soonest first (served by the startsAt index). */
export function observeMeetingsStarting(db: FieldcaseDatabase, range: { from: number; to: number }): Observable<Meeting[]> {
  return db.meetings
    .find({ selector: { startsAt: { $gte: range.from, $lt: range.to } }, sort: [{ startsAt: 'asc' }] })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

export function observeMeeting(db: FieldcaseDatabase, id: string): Observable<Meeting | null> {
  return db.meetings.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}

/** One account's meetings, most recent first. */
export function observeAccountMeetings(db: FieldcaseDatabase, accountId: string): Observable<Meeting[]> {
  return db.meetings
    .find({ selector: { accountId } })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON()).sort((a, b) => b.startsAt - a.startsAt)));
}
