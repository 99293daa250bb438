import type { TeamMember } from '../../../shared/sync/protocol.ts';
import { useTeamData, type TeamSource } from './team-data.store.ts';

/**
 * The reps of the signed-in manager's (or admin's) team, sorted by name: from the server
 * ('server'), from this laptop's copy of an earlier answer ('cached'), or none ('none': not
 * signed in as a manager or admin, or never fetched).
 */
export function useTeam(): { members: TeamMember[]; source: TeamSource } {
  const members = useTeamData((state) => state.members);
  const source = useTeamData((state) => state.teamSource);
  return { members, source };
}
