/**
 * The signed-in session as it crosses IPC to be kept by main (`session:*` channels). Main writes
 * what passes here to disk, encrypted, and reads it back at the next launch, so the validators
 * are strict: exact keys, bounded strings, no control characters, and a server address that
 * cannot smuggle credentials or a non-web scheme.
 */
import { USER_ROLES, type UserRole } from '../sync/protocol.ts';
import { validateExternalUrl } from './url.ts';
import { hasControlCharacter, hasExactKeys, invalid, isPlainObject, valid, type Validation, type Validator } from './validate.ts';

export const SESSION_LIMITS = {
  serverUrl: 2048,
  token: 512,
  userId: 100,
  email: 320,
  name: 200,
} as const;

/** Where main keeps the session: sealed by the OS keychain on disk, or in memory for this run only. */
export type SessionPersistence = 'keychain' | 'memory-only';

export interface StoredSessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
}

export interface StoredSession {
  readonly serverUrl: string;
  readonly token: string;
  readonly user: StoredSessionUser;
}

export interface LoadedSession {
  readonly session: StoredSession | null;
  readonly persistence: SessionPersistence;
}

export interface SavedSession {
  readonly persistence: SessionPersistence;
}

// A bearer token travels in an Authorization header: visible ASCII only, no spaces or controls.
const TOKEN_SHAPE = /^[\x21-\x7e]+$/;
// A typo check, not RFC 5322: one @ with something on both sides and no whitespace.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

function boundedText(input: unknown, field: string, max: number): Validation<string> {
  if (typeof input !== 'string') return invalid(`${field} must be a string`);
  if (input.length === 0 || input.length > max) return invalid(`${field} must be 1 to ${max} characters`);
  if (hasControlCharacter(input)) return invalid(`${field} must not contain control characters`);
  return valid(input);
}

/**
 * A sync server's base address: an http(s) URL without credentials, query or fragment. The text is
 * kept exactly as given (not re-serialised), because the renderer derives its sync identity from it
 * and a session must load back byte for byte as it was saved.
 */
export function validateServerUrl(input: unknown): Validation<string> {
  if (typeof input !== 'string') return invalid('serverUrl must be a string');
  if (input.length > SESSION_LIMITS.serverUrl) return invalid(`serverUrl must be at most ${SESSION_LIMITS.serverUrl} characters`);
  const url = validateExternalUrl(input);
  if (!url.ok) return invalid(`serverUrl: ${url.message}`);
  if (input.includes('?') || input.includes('#')) return invalid('serverUrl must not have a query or fragment');
  return valid(input);
}

export function validateSessionToken(input: unknown): Validation<string> {
  const token = boundedText(input, 'token', SESSION_LIMITS.token);
  if (!token.ok) return token;
  return TOKEN_SHAPE.test(token.value) ? token : invalid('token must be visible ASCII without spaces');
}

function isUserRole(input: unknown): input is UserRole {
  return USER_ROLES.some((role) => role === input);
}

export const validateStoredSessionUser: Validator<StoredSessionUser> = (input) => {
  if (!isPlainObject(input) || !hasExactKeys(input, ['id', 'email', 'name', 'role'])) {
    return invalid('user must be { id, email, name, role }');
  }
  const id = boundedText(input.id, 'user.id', SESSION_LIMITS.userId);
  if (!id.ok) return id;
  const email = boundedText(input.email, 'user.email', SESSION_LIMITS.email);
  if (!email.ok) return email;
  if (!EMAIL_SHAPE.test(email.value)) return invalid('user.email is not an email address');
  const name = boundedText(input.name, 'user.name', SESSION_LIMITS.name);
  if (!name.ok) return name;
  const { role } = input;
  if (!isUserRole(role)) return invalid(`user.role must be one of ${USER_ROLES.join(', ')}`);
  return valid({ id: id.value, email: email.value, name: name.value, role });
};

/** Rebuilds the session from validated fields only, so nothing else the caller attached survives. */
export const validateStoredSession: Validator<StoredSession> = (input) => {
  if (!isPlainObject(input) || !hasExactKeys(input, ['serverUrl', 'token', 'user'])) {
    return invalid('session must be { serverUrl, token, user }');
  }
  const serverUrl = validateServerUrl(input.serverUrl);
  if (!serverUrl.ok) return serverUrl;
  const token = validateSessionToken(input.token);
  if (!token.ok) return token;
  const user = validateStoredSessionUser(input.user);
  if (!user.ok) return user;
  return valid({ serverUrl: serverUrl.value, token: token.value, user: user.value });
};
