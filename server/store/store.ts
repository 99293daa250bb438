/**
 * The one storage interface of the server, with two implementations: SQLite (embedded, the
 * default) and PostgreSQL (production, several server processes on one database). Both pass
 * the same suite (store.suite.ts). The store holds no business rules: the sync layer decides
 * what to write; the store makes it durable, atomic and ordered.
 */
import type { CollectionName } from '../../shared/schemas/index.ts';
import type { StageProbabilities } from '../../shared/domain/stage-probabilities.ts';
import type { ForecastSettings, UserRole } from '../../shared/sync/protocol.ts';

/** A document as stored: its JSON (without `_deleted`) plus the metadata kept beside it. */
export interface StoredDocument {
  collection: CollectionName;
  id: string;
  /** The owning rep for rep-owned collections; null for published content. */
  ownerId: string | null;
  /** Server change sequence of the last write: unique across all collections, increasing in commit order. */
  sequence: number;
  deleted: boolean;
  doc: Record<string, unknown>;
}

export interface DocumentWrite {
  id: string;
  ownerId: string | null;
  deleted: boolean;
  doc: Record<string, unknown>;
}

/** A change ready to send: its sequence, its owner (for read checks) and the document with `_deleted`, as JSON text. */
export interface WireRow {
  sequence: number;
  ownerId: string | null;
  json: string;
}

export interface PullQuery {
  collection: CollectionName;
  /** Return changes with a sequence strictly greater than this. */
  after: number;
  limit: number;
  /** Only documents of this owner; undefined for every document. */
  ownerId?: string;
}

export interface WirePullQuery extends PullQuery {
  /** Rows past the first stop once their JSON would exceed this many characters together. */
  maxChars: number;
}

/** A page of wire rows; `more` when it stopped at maxChars before its limit with rows left. */
export interface WirePage {
  rows: WireRow[];
  more: boolean;
}

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  passwordHash: string;
  createdAt: number;
  /** Set when the user is switched off; their tokens stop working. */
  disabledAt: number | null;
}

export type UserPatch = Partial<Pick<UserRecord, 'name' | 'role' | 'passwordHash' | 'disabledAt'>>;

export interface TokenRecord {
  /** sha256 of the bearer token; the token itself is never stored. */
  tokenHash: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
  revokedAt: number | null;
}

export interface FileInfo {
  sha256: string;
  size: number;
  mimeType: string;
  createdAt: number;
}

/**
 * What a write transaction decides after reading the current state of the rows it touches.
 * Throwing inside `decide` aborts the whole transaction: nothing of the batch is written.
 */
export type WriteDecision<T> = (current: Map<string, StoredDocument>) => { writes: DocumentWrite[]; result: T };

/** The rows of one collection that a transaction across collections reads before deciding. */
export interface DocumentReads {
  collection: CollectionName;
  ids: string[];
}

export interface CollectionWrite extends DocumentWrite {
  collection: CollectionName;
}

/** writeDocuments() across collections: `current` holds, per collection read, the rows found by id. */
export type CrossWriteDecision<T> = (
  current: ReadonlyMap<CollectionName, Map<string, StoredDocument>>,
) => { writes: CollectionWrite[]; result: T };

export interface Store {
  readonly kind: 'sqlite' | 'postgres';

  /** Changes after a sequence, in sequence order, filtered before the limit so pages are full. */
  pull(query: PullQuery): Promise<StoredDocument[]>;
  /**
   * The same changes as pull(), each as its wire JSON text (the document with `_deleted`; see
   * wire-json.ts), up to `maxChars` of JSON: the first row always, then rows while the page stays
   * within it.
   */
  pullWire(query: WirePullQuery): Promise<WirePage>;
  /** How many changes a pull from `after` would still return (first-sync progress). */
  countChanges(query: Omit<PullQuery, 'limit'>): Promise<number>;
  getDocuments(collection: CollectionName, ids: string[]): Promise<Map<string, StoredDocument>>;
  /**
   * Reads the rows `ids`, lets `decide` choose the writes, and commits them in one transaction
   * that is serialized with every other write, so sequences are assigned in commit order and a
   * checkpointed pull can never skip a change that commits later.
   */
  writeDocuments<T>(collection: CollectionName, ids: string[], decide: WriteDecision<T>): Promise<T>;
  /**
   * writeDocuments() over rows of several collections in one transaction, under the same
   * ordering rules (an answer to a question and the kit it joins are written together).
   */
  writeAcross<T>(reads: readonly DocumentReads[], decide: CrossWriteDecision<T>): Promise<T>;
  latestSequence(): Promise<number>;
  /** Called after any write commits (in any server process sharing this store). */
  onChange(listener: (collection: CollectionName) => void): () => void;

  createUser(user: UserRecord): Promise<void>;
  getUserByEmail(email: string): Promise<UserRecord | null>;
  getUserById(id: string): Promise<UserRecord | null>;
  listUsers(): Promise<UserRecord[]>;
  updateUser(id: string, patch: UserPatch): Promise<boolean>;

  saveToken(token: TokenRecord): Promise<void>;
  getToken(tokenHash: string): Promise<TokenRecord | null>;
  /** A token with its user, in one read: every authenticated request asks this. */
  getTokenWithUser(tokenHash: string): Promise<{ token: TokenRecord; user: UserRecord } | null>;
  /** Revokes every live token of a user; returns how many. */
  revokeTokens(userId: string, at: number): Promise<number>;

  /** Stores a file under its sha256 (verified by the caller); storing the same file twice is a no-op. */
  putFile(info: FileInfo, data: Uint8Array): Promise<void>;
  getFileInfo(sha256: string): Promise<FileInfo | null>;
  /** Bytes [start, end] inclusive, or the whole file. */
  readFile(sha256: string, range?: { start: number; end: number }): Promise<Uint8Array | null>;

  /** The forecast's stage probabilities: the defaults for every stage an admin never set. */
  getForecastSettings(): Promise<ForecastSettings>;
  /** Sets the named stages (the others keep their value) and returns the settings as now stored. */
  setStageProbabilities(patch: Partial<StageProbabilities>, at: number): Promise<ForecastSettings>;

  close(): Promise<void>;
}

export class UniqueViolationError extends Error {
  constructor(what: string) {
    super(`${what} already exists`);
    this.name = 'UniqueViolationError';
  }
}
