import { useCallback } from 'react';
import { useSession } from '../../app/session.store.ts';
import { ownershipOf, type Ownership } from './ownership.ts';
import { useTeam } from './useTeam.ts';

/**
 * Tells, for any owner id, whether the signed-in user may change that document and whose it
 * is by name. One function for a whole list (the Pipeline board asks it for every card).
 */
export function useOwnership(): (ownerId: string) => Ownership {
  const userId = useSession((s) => s.userId);
  const userName = useSession((s) => s.user?.name ?? null);
  const { members } = useTeam();
  return useCallback((ownerId: string) => ownershipOf(ownerId, { userId, userName }, members), [userId, userName, members]);
}

/** Whether the signed-in user sees the whole team's documents (a manager or an admin). */
export function useSeesTeam(): boolean {
  return useSession((s) => s.user?.role === 'manager' || s.user?.role === 'admin');
}
