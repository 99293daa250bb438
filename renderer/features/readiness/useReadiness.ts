import { observeMyKit, observeMyKitQuestions, observeMyKits, observeQualificationForDeal, observeTeamReadinessInputs } from '../../db/repos/readiness.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export function useMyKits(ownerId: string) {
  return useLiveQuery(`my-kits:${ownerId}`, (db) => observeMyKits(db, ownerId));
}

export function useMyKit(ownerId: string, kitId: string) {
  return useLiveQuery(`my-kit:${ownerId}:${kitId}`, (db) => observeMyKit(db, ownerId, kitId));
}

export function useMyKitQuestions(ownerId: string, kitId: string) {
  return useLiveQuery(`my-kit-questions:${ownerId}:${kitId}`, (db) => observeMyKitQuestions(db, ownerId, kitId));
}

export function useTeamReadinessInputs() {
  return useLiveQuery('team-readiness-inputs', observeTeamReadinessInputs);
}

export function useQualificationForDeal(opportunityId: string) {
  return useLiveQuery(`qualification-for-deal:${opportunityId}`, (db) => observeQualificationForDeal(db, opportunityId));
}
