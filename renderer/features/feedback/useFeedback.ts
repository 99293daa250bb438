import { observeMyFeedback } from '../../db/repos/feedback.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export function useMyFeedback(ownerId: string) {
  return useLiveQuery(`my-feedback:${ownerId}`, (db) => observeMyFeedback(db, ownerId));
}
