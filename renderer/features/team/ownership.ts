/**
 * Whose a rep-owned document is, as the screens show it. A manager's (or admin's) laptop holds
 * every rep's documents, but only the owner may change them (server/sync/access.ts): screens
 * show someone else's document read-only, saying whose it is.
 */
import type { TeamMember } from '../../../shared/sync/protocol.ts';

export interface Ownership {
  isMine: boolean;
  /** The owner's name: the signed-in user's own, a team member's, else the owner's id. */
  ownerName: string;
}

export interface Viewer {
  userId: string;
  userName: string | null;
}

const UNKNOWN_OWNER = 'Unknown owner';

export function ownerName(ownerId: string, viewer: Viewer, members: readonly Pick<TeamMember, 'id' | 'name'>[]): string {
  if (ownerId === viewer.userId && viewer.userName?.trim()) return viewer.userName.trim();
  const name = members.find((member) => member.id === ownerId)?.name.trim();
  if (name) return name;
  return ownerId.trim() === '' ? UNKNOWN_OWNER : ownerId;
}

export function ownershipOf(ownerId: string, viewer: Viewer, members: readonly Pick<TeamMember, 'id' | 'name'>[]): Ownership {
  return { isMine: ownerId === viewer.userId, ownerName: ownerName(ownerId, viewer, members) };
}

/** "Riley Morgan's deal — read only". */
export function readOnlyLabel(name: string, what: string): string {
  return `${name}'s ${what} — read only`;
}
