import { describe, expect, it } from 'vitest';
import {
  SESSION_LIMITS,
  validateServerUrl,
  validateSessionToken,
  validateStoredSession,
  validateStoredSessionUser,
  type StoredSession,
} from './session.ts';

const TOKEN = 'fc_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';
const user = { id: 'u-rep-1', email: 'rep@example.com', name: 'Rita Rep', role: 'rep' } as const;
const session: StoredSession = { serverUrl: 'https://sync.example.com', token: TOKEN, user };

/** The good session with some fields replaced or added. */
function withSession(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...session, ...changes };
}

function withUser(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...session, user: { ...user, ...changes } };
}

describe('validateStoredSession: good sessions', () => {
  it('accepts a session and returns an equal, fresh object', () => {
    const result = validateStoredSession(session);
    expect(result).toEqual({ ok: true, value: session });
    if (result.ok) {
      expect(result.value).not.toBe(session);
      expect(result.value.user).not.toBe(session.user);
    }
  });

  it.each(['rep', 'manager', 'marketing', 'admin'])('accepts the role %s', (role) => {
    expect(validateStoredSession(withUser({ role })).ok).toBe(true);
  });

  it.each([
    'http://127.0.0.1:8787',
    'http://localhost:8787',
    'https://sync.example.com/fieldcase',
    'https://sync.example.com/',
    'http://[::1]:8787',
  ])('keeps the server address %s exactly as given', (serverUrl) => {
    expect(validateStoredSession(withSession({ serverUrl }))).toEqual({ ok: true, value: { ...session, serverUrl } });
  });

  it('accepts null-prototype objects, as structured clone may deliver', () => {
    const payload: Record<string, unknown> = Object.assign(Object.create(null), session);
    payload['user'] = Object.assign(Object.create(null), user);
    expect(validateStoredSession(payload)).toEqual({ ok: true, value: session });
  });

  it('accepts every field at exactly its maximum length', () => {
    const serverUrl = 'https://sync.example.com/' + 'a'.repeat(SESSION_LIMITS.serverUrl - 25);
    const atLimit = {
      serverUrl,
      token: 't'.repeat(SESSION_LIMITS.token),
      user: {
        id: 'i'.repeat(SESSION_LIMITS.userId),
        email: `${'e'.repeat(SESSION_LIMITS.email - 12)}@example.com`,
        name: 'n'.repeat(SESSION_LIMITS.name),
        role: 'admin',
      },
    };
    expect(serverUrl).toHaveLength(2048);
    expect(atLimit.user.email).toHaveLength(320);
    expect(validateStoredSession(atLimit)).toEqual({ ok: true, value: atLimit });
  });

  it('accepts a non-ASCII name', () => {
    expect(validateStoredSession(withUser({ name: 'Zoë Ångström 李' })).ok).toBe(true);
  });
});

describe('validateStoredSession: hostile input', () => {
  const { user: _dropUser, ...withoutUser } = session;
  const { token: _dropToken, ...withoutToken } = session;
  const { role: _dropRole, ...userWithoutRole } = user;

  it.each([
    // Not a session at all.
    ['undefined', undefined],
    ['null', null],
    ['a string', JSON.stringify(session)],
    ['a number', 42],
    ['a boolean', true],
    ['an array', [session]],
    ['a Date', new Date()],
    ['a Map', new Map(Object.entries(session))],
    ['a class instance', new (class { serverUrl = session.serverUrl; token = TOKEN; user = user })()],
    ['an object inheriting the fields', Object.create(session)],
    // Wrong keys.
    ['an empty object', {}],
    ['no user', withoutUser],
    ['no token', withoutToken],
    ['an extra key', withSession({ expiresAt: 1 })],
    ['a __proto__ key', JSON.parse(`{"serverUrl":"https://sync.example.com","token":"${TOKEN}","user":${JSON.stringify(user)},"__proto__":{}}`)],
    ['a user without role', withSession({ user: userWithoutRole })],
    ['a user with an extra key', withUser({ isAdmin: true })],
    // Wrong types.
    ['a numeric token', withSession({ token: 12345 })],
    ['a token object', withSession({ token: { toString: () => TOKEN } })],
    ['a URL object as serverUrl', withSession({ serverUrl: new URL('https://sync.example.com') })],
    ['a user string', withSession({ user: 'rep@example.com' })],
    ['a user array', withSession({ user: [user] })],
    ['a null user', withSession({ user: null })],
    ['a numeric user id', withUser({ id: 7 })],
    ['an email array', withUser({ email: ['rep@example.com'] })],
    ['a null name', withUser({ name: null })],
    // Unknown roles.
    ['an unknown role', withUser({ role: 'owner' })],
    ['an upper-case role', withUser({ role: 'Admin' })],
    ['a role with spaces', withUser({ role: ' admin' })],
    ['a prototype key as role', withUser({ role: 'constructor' })],
    ['a role array', withUser({ role: ['admin'] })],
    // Empty and over-long strings.
    ['an empty token', withSession({ token: '' })],
    ['a token one character too long', withSession({ token: 't'.repeat(SESSION_LIMITS.token + 1) })],
    ['a huge token', withSession({ token: 't'.repeat(5_000_000) })],
    ['an empty user id', withUser({ id: '' })],
    ['a user id one character too long', withUser({ id: 'i'.repeat(SESSION_LIMITS.userId + 1) })],
    ['an email one character too long', withUser({ email: `${'e'.repeat(SESSION_LIMITS.email - 11)}@example.com` })],
    ['an empty name', withUser({ name: '' })],
    ['a name one character too long', withUser({ name: 'n'.repeat(SESSION_LIMITS.name + 1) })],
    // Control characters and header injection.
    ['a token with a newline', withSession({ token: `${TOKEN}\r\nX-Evil: 1` })],
    ['a token with a space', withSession({ token: 'fc_abc def' })],
    ['a token with a NUL', withSession({ token: `${TOKEN}\u0000` })],
    ['a non-ASCII token', withSession({ token: 'fc_tökén' })],
    ['a user id with a NUL', withUser({ id: 'u-1\u0000admin' })],
    ['a name with an escape sequence', withUser({ name: 'Rita\u001b[2J' })],
    ['an email with a newline', withUser({ email: 'rep@example.com\nbcc@evil.example' })],
    ['an email without @', withUser({ email: 'rep.example.com' })],
    ['an email with a space', withUser({ email: 'rep @example.com' })],
    // Server addresses that are not plain web base URLs.
    ['an empty serverUrl', withSession({ serverUrl: '' })],
    ['a javascript: serverUrl', withSession({ serverUrl: 'javascript:alert(1)' })],
    ['a file: serverUrl', withSession({ serverUrl: 'file:///etc/passwd' })],
    ['an app: serverUrl', withSession({ serverUrl: 'app://fieldcase/' })],
    ['a ws: serverUrl', withSession({ serverUrl: 'ws://sync.example.com' })],
    ['a serverUrl with credentials', withSession({ serverUrl: 'https://admin:secret@sync.example.com' })],
    ['a serverUrl with a look-alike userinfo', withSession({ serverUrl: 'https://sync.example.com@evil.example' })],
    ['a serverUrl with a query', withSession({ serverUrl: 'https://sync.example.com/?token=x' })],
    ['a serverUrl with a fragment', withSession({ serverUrl: 'https://sync.example.com/#x' })],
    ['a schemeless serverUrl', withSession({ serverUrl: 'sync.example.com' })],
    ['a protocol-relative serverUrl', withSession({ serverUrl: '//sync.example.com' })],
    ['a look-alike scheme', withSession({ serverUrl: 'https:/evil.example' })],
    ['a serverUrl with surrounding spaces', withSession({ serverUrl: ' https://sync.example.com ' })],
    ['a serverUrl one character too long', withSession({ serverUrl: 'https://sync.example.com/' + 'a'.repeat(2024) })],
    ['a huge serverUrl', withSession({ serverUrl: 'https://sync.example.com/' + 'a'.repeat(5_000_000) })],
  ])('rejects %s', (_label, input) => {
    expect(validateStoredSession(input).ok).toBe(false);
  });

  it('never echoes a hostile value back in its message', () => {
    const result = validateStoredSession(withSession({ token: `${'x'.repeat(600)}SECRET` }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).not.toContain('SECRET');
      expect(result.message.length).toBeLessThan(100);
    }
  });
});

describe('the parts on their own', () => {
  it('validateServerUrl names the field in its messages', () => {
    expect(validateServerUrl(7)).toEqual({ ok: false, message: 'serverUrl must be a string' });
    expect(validateServerUrl('file:///x')).toMatchObject({ ok: false, message: expect.stringMatching(/^serverUrl/) });
  });

  it('validateSessionToken accepts the server token shape and refuses whitespace', () => {
    expect(validateSessionToken(TOKEN)).toEqual({ ok: true, value: TOKEN });
    expect(validateSessionToken('a\tb').ok).toBe(false);
  });

  it('validateStoredSessionUser accepts a user and refuses a session', () => {
    expect(validateStoredSessionUser(user)).toEqual({ ok: true, value: user });
    expect(validateStoredSessionUser(session).ok).toBe(false);
  });
});
