/** Resolves `Authorization: Bearer TOKEN` to the signed-in user, or answers 401. */
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../shared/sync/protocol.ts';
import { hashToken, looksLikeToken } from '../auth/tokens.ts';
import { unauthorized } from '../errors.ts';
import type { Store } from '../store/store.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer (\S+)$/.exec(header);
  return match?.[1] ?? null;
}

export async function authenticate(store: Store, request: FastifyRequest, now = Date.now()): Promise<SessionUser> {
  const token = bearerToken(request);
  if (!token || !looksLikeToken(token)) throw unauthorized();
  const session = await store.getTokenWithUser(hashToken(token));
  if (!session) throw unauthorized();
  const { token: record, user } = session;
  if (record.revokedAt !== null || record.expiresAt <= now || user.disabledAt !== null) throw unauthorized();
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
