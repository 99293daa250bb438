/**
 * The Pipeline board's "Rep" filter for a manager or an admin: all reps, each team member,
 * then anyone else who owns a deal on this laptop (a rep who left the team keeps their deals).
 */
import type { TeamMember } from '../../../shared/sync/protocol.ts';

/** The filter's value for "All reps" (no owner id is empty: the schema requires one). */
export const ALL_REPS = '';

export interface RepChoice {
  id: string;
  label: string;
}

export function repChoices(
  members: readonly Pick<TeamMember, 'id' | 'name'>[],
  owned: readonly { ownerId: string }[],
  nameOf: (ownerId: string) => string,
): RepChoice[] {
  const team = members.map((member) => ({ id: member.id, label: nameOf(member.id) }));
  const known = new Set(team.map((choice) => choice.id));
  const others = [...new Set(owned.map((doc) => doc.ownerId))]
    .filter((id) => id !== ALL_REPS && !known.has(id))
    .map((id) => ({ id, label: nameOf(id) }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  return [{ id: ALL_REPS, label: 'All reps' }, ...team, ...others];
}

/** The documents of the chosen rep, or all of them. */
export function ownedBy<T extends { ownerId: string }>(docs: readonly T[], repId: string): T[] {
  return repId === ALL_REPS ? [...docs] : docs.filter((doc) => doc.ownerId === repId);
}
