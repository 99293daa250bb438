import type { FastifyInstance } from 'fastify';
import type { LoginResponse } from '../../shared/sync/protocol.ts';
import { DUMMY_HASH, MAX_PASSWORD_LENGTH, verifyPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { ApiHttpError, badRequest } from '../errors.ts';
import type { Store } from '../store/store.ts';

const BAD_CREDENTIALS = new ApiHttpError(401, 'invalid_credentials', 'The email or password is not right.');

function parseLogin(body: unknown): { email: string; password: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('Send {"email", "password"}.');
  const { email, password } = body as Record<string, unknown>;
  if (typeof email !== 'string' || email.length === 0 || email.length > 320) throw badRequest('email must be a string.');
  if (typeof password !== 'string' || password.length === 0 || password.length > MAX_PASSWORD_LENGTH) {
    throw badRequest('password must be a string.');
  }
  return { email, password };
}

export function registerAuthRoutes(app: FastifyInstance, store: Store, tokenTtlMs: number, loginsPerMinute = 10): void {
  app.post(
    '/api/v1/auth/login',
    // Guessing passwords is slow work: a few attempts a minute per address.
    { config: { rateLimit: { max: loginsPerMinute, timeWindow: '1 minute' } } },
    async (request): Promise<LoginResponse> => {
      const { email, password } = parseLogin(request.body);
      const user = await store.getUserByEmail(email);
      // Verify against a dummy hash for unknown emails: same answer, same time, so the
      // endpoint does not tell which emails have accounts.
      const isValid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !isValid || user.disabledAt !== null) throw BAD_CREDENTIALS;
      const token = newToken();
      const now = Date.now();
      await store.saveToken({ tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt: now + tokenTtlMs, revokedAt: null });
      request.log.info({ userId: user.id }, 'signed in');
      return { token, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
    },
  );
}
