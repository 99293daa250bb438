import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('verifies the password it hashed, and no other', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password here')).not.toBe(await hashPassword('same password here'));
  });

  it('verifies a hash with the parameters stored in it, not the current ones', async () => {
    const other = 'scrypt$16384$8$2$c2FsdHNhbHRzYWx0c2FsdA$3iAS5r015-7zvWgEdR1vzVdb1jqQj3R0JXAoQ4Uegfw';
    expect(await verifyPassword('correct horse battery', other)).toBe(true);
  });

  it.each([
    ['the dummy hash used for unknown emails', DUMMY_HASH],
    ['another scheme', 'bcrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a hash with parts missing', 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA'],
    ['an empty string', ''],
  ])('refuses %s', async (_, stored) => {
    expect(await verifyPassword('correct horse battery', stored)).toBe(false);
  });
});

describe('password hashing under a burst of sign-ins', () => {
  it('answers every one of several verifications started at once, right or wrong', async () => {
    const hash = await hashPassword('correct horse battery');
    const answers = await Promise.all(['correct horse battery', 'wrong', 'correct horse battery', ''].map((p) => verifyPassword(p, hash)));
    expect(answers).toEqual([true, false, true, false]);
  });

  it('keeps going after a derivation fails', async () => {
    // N must be a power of two: scrypt refuses this one, and the next derivation still runs.
    await expect(verifyPassword('correct horse battery', 'scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).rejects.toThrow();
    expect(await verifyPassword('correct horse battery', await hashPassword('correct horse battery'))).toBe(true);
  });
});
