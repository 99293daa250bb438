/**
 * Row shapes of the PostgreSQL tables and their mapping to the store's records. `pg` returns
 * bigint columns as strings (they may exceed 2^53); every one of ours is an epoch-millisecond
 * timestamp, a byte size or a change sequence, all far below that, so they become numbers.
 */
import pg from 'pg';
import type { CollectionName } from '../../shared/schemas/index.ts';
import type { UserRole } from '../../shared/sync/protocol.ts';
import type { FileInfo, StoredDocument, TokenRecord, UserPatch, UserRecord } from './store.ts';

export interface DocumentRow {
  id: string;
  owner_id: string | null;
  seq: string;
  deleted: boolean;
  doc: Record<string, unknown>;
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface TokenRow {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface FileInfoRow {
  sha256: string;
  size: string;
  mime_type: string;
  created_at: string;
}

function nullableNumber(value: string | null): number | null {
  return value === null ? null : Number(value);
}

export function toStoredDocument(collection: CollectionName, row: DocumentRow): StoredDocument {
  return {
    collection,
    id: row.id,
    ownerId: row.owner_id,
    sequence: Number(row.seq),
    deleted: row.deleted,
    doc: row.doc,
  };
}

export function toUserRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    passwordHash: row.password_hash,
    createdAt: Number(row.created_at),
    disabledAt: nullableNumber(row.disabled_at),
  };
}

export function toTokenRecord(row: TokenRow): TokenRecord {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    revokedAt: nullableNumber(row.revoked_at),
  };
}

export function toFileInfo(row: FileInfoRow): FileInfo {
  return { sha256: row.sha256, size: Number(row.size), mimeType: row.mime_type, createdAt: Number(row.created_at) };
}

/** Column of each patchable user field; only these fixed names ever reach the SQL text. */
const USER_PATCH_COLUMNS: ReadonlyArray<readonly [keyof UserPatch, string]> = [
  ['name', 'name'],
  ['role', 'role'],
  ['passwordHash', 'password_hash'],
  ['disabledAt', 'disabled_at'],
];

/** `SET` assignments for the fields a patch actually carries, numbered from `$2` ($1 is the id). */
export function userPatchAssignments(patch: UserPatch): { assignments: string[]; values: unknown[] } {
  const assignments: string[] = [];
  const values: unknown[] = [];
  for (const [field, column] of USER_PATCH_COLUMNS) {
    const value = patch[field];
    if (value === undefined) continue;
    values.push(value);
    assignments.push(`${column} = $${values.length + 1}`);
  }
  return { assignments, values };
}

/** Whether a query failed on a unique or primary key constraint (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): error is pg.DatabaseError {
  return error instanceof pg.DatabaseError && error.code === '23505';
}
