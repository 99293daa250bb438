import { map } from 'rxjs';
import { buildBrief, type PreCallBrief } from '../../../shared/domain/brief.ts';
import { observeLatestActivities } from '../../db/repos/activities.repo.ts';
import { observeBriefSources } from '../../db/repos/brief.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export type BriefTarget = { meetingId: string } | { accountId: string };

export function briefSubjectId(target: BriefTarget): string {
  return 'meetingId' in target ? target.meetingId : target.accountId;
}

export function useBrief(target: BriefTarget) {
  const key = 'meetingId' in target ? `brief:meeting:${target.meetingId}` : `brief:account:${target.accountId}`;
  return useLiveQuery<PreCallBrief | null>(key, (db) => observeBriefSources(db, target).pipe(map((sources) => (sources ? buildBrief(sources) : null))));
}

/** When the rep last marked this brief reviewed, or null. */
export function useBriefReviewedAt(ownerId: string, subjectId: string) {
  return useLiveQuery(`brief-reviewed:${ownerId}:${subjectId}`, (db) =>
    observeLatestActivities(db, ownerId, 'brief_prepared').pipe(map((latest) => latest.get(subjectId)?.at ?? null)),
  );
}
