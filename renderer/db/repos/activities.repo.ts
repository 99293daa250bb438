/**
 * What the rep did with published content (reviews, briefs prepared): recorded on the laptop and
 * synced, so enablement sees it and the app can say "changed since you last reviewed".
 */
import { map, type Observable } from 'rxjs';
import type { Activity, ActivityKind } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';

export interface NewActivity {
  ownerId: string;
  kind: ActivityKind;
  subjectId: string;
  subjectVersion?: number;
  meetingId?: string | null;
}

export async function recordActivity(db: FieldcaseDatabase, input: NewActivity, now = Date.now()): Promise<Activity> {
  const { meetingId, subjectVersion, ...rest } = input;
  const doc = await db.activities.insert({
    id: crypto.randomUUID(),
    ...rest,
    ...(subjectVersion === undefined ? {} : { subjectVersion }),
    ...(meetingId ? { meetingId } : {}),
    at: now,
    createdAt: now,
    updatedAt: now,
  });
  return doc.toMutableJSON();
}

/** The rep's latest activity of one kind per subject (the last review of each card, say). */
export function observeLatestActivities(db: FieldcaseDatabase, ownerId: string, kind: ActivityKind): Observable<ReadonlyMap<string, Activity>> {
  return db.activities.find({ selector: { ownerId, kind } }).$.pipe(
    map((docs) => {
      const latest = new Map<string, Activity>();
      for (const doc of docs) {
        const seen = latest.get(doc.subjectId);
        if (!seen || doc.at > seen.at) latest.set(doc.subjectId, doc.toMutableJSON());
      }
      return latest;
    }),
  );
}
