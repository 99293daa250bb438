/**
 * `user …` commands: account administration straight against the store. Each function takes a
 * Store and returns data; admin.ts prints it. Emails are compared lower-cased (the stores keep
 * them that way).
 */
import { randomBytes } from 'node:crypto';
import { USER_ROLES, type UserRole } from '../../shared/sync/protocol.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, hashPassword } from '../auth/password.ts';
import { UniqueViolationError, type Store, type UserRecord } from '../store/store.ts';
import { CliError } from './cli-errors.ts';

const MAX_EMAIL_LENGTH = 320;
const MAX_NAME_LENGTH = 200;
/** One @, something on both sides, a dot in the domain, no whitespace: a typo check, not RFC 5322. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Control characters would corrupt `user list` and could rewrite the admin's terminal. */
const CONTROL_CHARACTERS = /\p{Cc}/u;

export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.test(email) || CONTROL_CHARACTERS.test(email)) {
    throw new CliError(`${JSON.stringify(raw)} is not an email address`);
  }
  return email;
}

export function parseRole(raw: string): UserRole {
  const role = USER_ROLES.find((candidate) => candidate === raw);
  if (!role) throw new CliError(`unknown role ${JSON.stringify(raw)} (use one of: ${USER_ROLES.join(', ')})`);
  return role;
}

function normalizeName(raw: string): string {
  const name = raw.trim();
  if (name.length === 0) throw new CliError('the name must not be empty');
  if (name.length > MAX_NAME_LENGTH) throw new CliError(`the name is longer than ${MAX_NAME_LENGTH} characters`);
  if (CONTROL_CHARACTERS.test(name)) throw new CliError('the name must not contain control characters');
  return name;
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new CliError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new CliError(`the password must be at most ${MAX_PASSWORD_LENGTH} characters long`);
  }
}

/** 18 random bytes: 144 bits, 24 URL-safe characters that survive copy and paste. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

function newUserId(): string {
  return `u_${randomBytes(12).toString('hex')}`;
}

async function findUser(store: Store, rawEmail: string): Promise<UserRecord> {
  const email = normalizeEmail(rawEmail);
  const user = await store.getUserByEmail(email);
  if (!user) throw new CliError(`no user with email ${email}`);
  return user;
}

export interface AddUserInput {
  email: string;
  name: string;
  role: string;
  /** Omitted: a strong password is generated and returned once. */
  password?: string;
}

export interface AddUserResult {
  user: UserSummary;
  generatedPassword: string | null;
}

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  createdAt: number;
  disabledAt: number | null;
}

function summarize(user: UserRecord): UserSummary {
  const { passwordHash: _hash, ...summary } = user;
  return summary;
}

export async function addUser(store: Store, input: AddUserInput, now = Date.now()): Promise<AddUserResult> {
  const email = normalizeEmail(input.email);
  const name = normalizeName(input.name);
  const role = parseRole(input.role);
  const password = input.password ?? generatePassword();
  checkPassword(password);
  if (await store.getUserByEmail(email)) throw new CliError(`a user with email ${email} already exists`);
  const user: UserRecord = {
    id: newUserId(),
    email,
    name,
    role,
    passwordHash: await hashPassword(password),
    createdAt: now,
    disabledAt: null,
  };
  try {
    await store.createUser(user);
  } catch (error) {
    // Another admin may have added the same email between the check and the insert.
    if (error instanceof UniqueViolationError) throw new CliError(`a user with email ${email} already exists`);
    throw error;
  }
  return { user: summarize(user), generatedPassword: input.password === undefined ? password : null };
}

export async function listUsers(store: Store): Promise<UserSummary[]> {
  return (await store.listUsers()).map(summarize);
}

/** Sets a new password and revokes every live token: a reset usually means the old one leaked or was lost. */
export async function setPassword(store: Store, rawEmail: string, password: string, now = Date.now()): Promise<{ email: string; revokedTokens: number }> {
  checkPassword(password);
  const user = await findUser(store, rawEmail);
  await store.updateUser(user.id, { passwordHash: await hashPassword(password) });
  return { email: user.email, revokedTokens: await store.revokeTokens(user.id, now) };
}

export async function setRole(store: Store, rawEmail: string, rawRole: string): Promise<{ email: string; from: UserRole; to: UserRole }> {
  const role = parseRole(rawRole);
  const user = await findUser(store, rawEmail);
  if (user.role !== role) await store.updateUser(user.id, { role });
  return { email: user.email, from: user.role, to: role };
}

export interface RevokeResult {
  email: string;
  revokedTokens: number;
  /** True when this call switched the account off (false if it was already off or --disable was not given). */
  disabled: boolean;
}

export async function revokeUser(store: Store, rawEmail: string, options: { disable: boolean; now?: number }): Promise<RevokeResult> {
  const now = options.now ?? Date.now();
  const user = await findUser(store, rawEmail);
  // Disable first: a token minted between the two steps would otherwise outlive the revocation.
  const disabled = options.disable && user.disabledAt === null;
  if (disabled) await store.updateUser(user.id, { disabledAt: now });
  return { email: user.email, revokedTokens: await store.revokeTokens(user.id, now), disabled };
}

export async function enableUser(store: Store, rawEmail: string): Promise<{ email: string; enabled: boolean }> {
  const user = await findUser(store, rawEmail);
  if (user.disabledAt === null) return { email: user.email, enabled: false };
  await store.updateUser(user.id, { disabledAt: null });
  return { email: user.email, enabled: true };
}
