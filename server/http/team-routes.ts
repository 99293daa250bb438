/**
 * The team a manager sees: the reps whose documents the server already lets managers read
 * (server/sync/access.ts), so the app can put names on them.
 *
 *   GET /api/v1/team   (managers and admins) → 200 TeamResponse, reps sorted by name
 *
 * Switched-off reps are left out: they are no longer on anyone's team.
 */
import type { FastifyInstance } from 'fastify';
import type { TeamMember, TeamResponse } from '../../shared/sync/protocol.ts';
import { forbidden } from '../errors.ts';
import type { Store, UserRecord } from '../store/store.ts';
import { requireUser } from './authenticate.ts';

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function teamMembers(users: readonly UserRecord[]): TeamMember[] {
  return users
    .filter((user) => user.role === 'rep' && user.disabledAt === null)
    .map(({ id, name, email, role }) => ({ id, name, email, role }))
    .sort((a, b) => byName.compare(a.name, b.name) || a.email.localeCompare(b.email));
}

export function registerTeamRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/v1/team', async (request): Promise<TeamResponse> => {
    const user = requireUser(request);
    if (user.role !== 'manager' && user.role !== 'admin') throw forbidden('Only managers and admins see the team.');
    return { members: teamMembers(await store.listUsers()) };
  });
}
