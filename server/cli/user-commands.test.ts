import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './cli-errors.ts';
import { createTempStore, type TempStore } from './store-for-tests.ts';
import { addUser, enableUser, listUsers, normalizeEmail, parseRole, revokeUser, setPassword, setRole } from './user-commands.ts';

const T = 1_750_000_000_000;
const PASSWORD = 'correct horse battery';

let temp: TempStore;
let store: Store;

beforeEach(async () => {
  temp = await createTempStore();
  store = await temp.open();
});

afterEach(async () => {
  await temp.cleanup();
});

async function issueToken(userId: string, expiresAt = T + 1_000_000): Promise<string> {
  const token = newToken();
  await store.saveToken({ tokenHash: hashToken(token), userId, createdAt: T, expiresAt, revokedAt: null });
  return token;
}

describe('user add', () => {
  it('stores a user whose hash verifies with the given password', async () => {
    const { user, generatedPassword } = await addUser(store, { email: ' Ada@Example.COM ', name: ' Ada Lovelace ', role: 'manager', password: PASSWORD }, T);
    expect(generatedPassword).toBeNull();
    expect(user).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace', role: 'manager', createdAt: T, disabledAt: null });
    expect(user.id).toMatch(/^u_[0-9a-f]{24}$/);
    expect(user).not.toHaveProperty('passwordHash');
    const stored = await store.getUserByEmail('ada@example.com');
    expect(stored?.id).toBe(user.id);
    expect(await verifyPassword(PASSWORD, stored?.passwordHash ?? '')).toBe(true);
    expect(await verifyPassword('wrong password!', stored?.passwordHash ?? '')).toBe(false);
  });

  it('generates a strong password when none is given, and returns it once', async () => {
    const { user, generatedPassword } = await addUser(store, { email: 'rep@example.com', name: 'Riley', role: 'rep' }, T);
    expect(generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const stored = await store.getUserById(user.id);
    expect(await verifyPassword(generatedPassword ?? '', stored?.passwordHash ?? '')).toBe(true);
    const other = await addUser(store, { email: 'rep2@example.com', name: 'Sam', role: 'rep' }, T);
    expect(other.generatedPassword).not.toBe(generatedPassword);
    expect(other.user.id).not.toBe(user.id);
  });

  it.each([
    ['an email without @', { email: 'ada.example.com' }, /not an email address/],
    ['an email without a domain dot', { email: 'ada@localhost' }, /not an email address/],
    ['an email with spaces', { email: 'ada lovelace@example.com' }, /not an email address/],
    ['an email with a control character', { email: 'ada\u001b[2J@example.com' }, /not an email address/],
    ['an unknown role', { role: 'superuser' }, /unknown role "superuser" \(use one of: rep, manager, marketing, admin\)/],
    ['a role in the wrong case', { role: 'Admin' }, /unknown role/],
    ['a short password', { password: 'x'.repeat(MIN_PASSWORD_LENGTH - 1) }, new RegExp(`at least ${MIN_PASSWORD_LENGTH} characters`)],
    ['an oversized password', { password: 'x'.repeat(2_000) }, /at most/],
    ['an empty name', { name: '   ' }, /name must not be empty/],
    ['a name with escape sequences', { name: 'Eve\u001b]0;pwned\u0007' }, /control characters/],
  ])('refuses %s and writes nothing', async (_case, override, message) => {
    const input = { email: 'ada@example.com', name: 'Ada', role: 'rep', password: PASSWORD, ...override };
    await expect(addUser(store, input, T)).rejects.toThrow(message);
    await expect(addUser(store, input, T)).rejects.toBeInstanceOf(CliError);
    expect(await store.listUsers()).toEqual([]);
  });

  it('refuses a duplicate email, whatever its case', async () => {
    await addUser(store, { email: 'ada@example.com', name: 'Ada', role: 'rep', password: PASSWORD }, T);
    await expect(addUser(store, { email: 'ADA@example.com', name: 'Ada 2', role: 'admin', password: PASSWORD }, T)).rejects.toThrow(
      'a user with email ada@example.com already exists',
    );
    expect(await listUsers(store)).toHaveLength(1);
  });
});

describe('user list, set-role, set-password, revoke, enable', () => {
  it('lists users by email without their hashes', async () => {
    await addUser(store, { email: 'zoe@example.com', name: 'Zoe', role: 'marketing', password: PASSWORD }, T);
    await addUser(store, { email: 'ada@example.com', name: 'Ada', role: 'admin', password: PASSWORD }, T + 1);
    const users = await listUsers(store);
    expect(users.map((user) => [user.email, user.role, user.createdAt])).toEqual([
      ['ada@example.com', 'admin', T + 1],
      ['zoe@example.com', 'marketing', T],
    ]);
    expect(users.every((user) => !('passwordHash' in user))).toBe(true);
  });

  it('changes a role, and reports when it was already set', async () => {
    await addUser(store, { email: 'ada@example.com', name: 'Ada', role: 'rep', password: PASSWORD }, T);
    expect(await setRole(store, 'Ada@example.com', 'manager')).toEqual({ email: 'ada@example.com', from: 'rep', to: 'manager' });
    expect((await store.getUserByEmail('ada@example.com'))?.role).toBe('manager');
    expect(await setRole(store, 'ada@example.com', 'manager')).toMatchObject({ from: 'manager', to: 'manager' });
    await expect(setRole(store, 'ada@example.com', 'owner')).rejects.toThrow(/unknown role/);
  });

  it('sets a password that verifies, and revokes the live tokens', async () => {
    const { user } = await addUser(store, { email: 'ada@example.com', name: 'Ada', role: 'rep', password: PASSWORD }, T);
    const token = await issueToken(user.id);
    const result = await setPassword(store, 'ada@example.com', 'a brand new secret', T + 10);
    expect(result).toEqual({ email: 'ada@example.com', revokedTokens: 1 });
    const stored = await store.getUserById(user.id);
    expect(await verifyPassword('a brand new secret', stored?.passwordHash ?? '')).toBe(true);
    expect(await verifyPassword(PASSWORD, stored?.passwordHash ?? '')).toBe(false);
    expect((await store.getToken(hashToken(token)))?.revokedAt).toBe(T + 10);
    await expect(setPassword(store, 'ada@example.com', 'short', T)).rejects.toThrow(/at least/);
  });

  it('revokes every live token and counts them; --disable switches the account off', async () => {
    const { user } = await addUser(store, { email: 'ada@example.com', name: 'Ada', role: 'rep', password: PASSWORD }, T);
    const { user: other } = await addUser(store, { email: 'bo@example.com', name: 'Bo', role: 'rep', password: PASSWORD }, T);
    await issueToken(user.id);
    await issueToken(user.id);
    const otherToken = await issueToken(other.id);

    expect(await revokeUser(store, 'ada@example.com', { disable: false, now: T + 5 })).toEqual({ email: 'ada@example.com', revokedTokens: 2, disabled: false });
    expect((await store.getUserById(user.id))?.disabledAt).toBeNull();
    expect((await store.getToken(hashToken(otherToken)))?.revokedAt).toBeNull();

    await issueToken(user.id);
    expect(await revokeUser(store, 'ada@example.com', { disable: true, now: T + 6 })).toEqual({ email: 'ada@example.com', revokedTokens: 1, disabled: true });
    expect((await store.getUserById(user.id))?.disabledAt).toBe(T + 6);
    expect(await revokeUser(store, 'ada@example.com', { disable: true, now: T + 7 })).toMatchObject({ revokedTokens: 0, disabled: false });
    expect((await store.getUserById(user.id))?.disabledAt).toBe(T + 6);

    expect(await enableUser(store, 'ada@example.com')).toEqual({ email: 'ada@example.com', enabled: true });
    expect((await store.getUserById(user.id))?.disabledAt).toBeNull();
    expect(await enableUser(store, 'ada@example.com')).toEqual({ email: 'ada@example.com', enabled: false });
  });

  it.each([
    ['set-role', () => setRole(store, 'ghost@example.com', 'rep')],
    ['set-password', () => setPassword(store, 'ghost@example.com', PASSWORD)],
    ['revoke', () => revokeUser(store, 'ghost@example.com', { disable: true })],
    ['enable', () => enableUser(store, 'ghost@example.com')],
  ])('%s of an unknown user is a clear error', async (_name, run) => {
    await expect(run()).rejects.toThrow('no user with email ghost@example.com');
  });
});

describe('input checks', () => {
  it.each(['a@b.co', 'first.last+tag@sub.example.org', 'ÜSER@bücher.example'])('accepts %s', (email) => {
    expect(normalizeEmail(email)).toBe(email.toLowerCase());
  });

  it.each(['', '@example.com', 'a@', 'a@b', 'a@@b.com', 'a@b..com', 'a@.b.com', `${'x'.repeat(320)}@example.com`])('refuses %j', (email) => {
    expect(() => normalizeEmail(email)).toThrow(CliError);
  });

  it('knows exactly the protocol roles', () => {
    expect(['rep', 'manager', 'marketing', 'admin'].map(parseRole)).toEqual(['rep', 'manager', 'marketing', 'admin']);
    expect(() => parseRole('')).toThrow(CliError);
  });
});
