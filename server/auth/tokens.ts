/** Bearer tokens: 32 random bytes, shown once to the client, stored only as their sha256. */
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return `fc_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const TOKEN_SHAPE = /^fc_[A-Za-z0-9_-]{43}$/;

export function looksLikeToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}
