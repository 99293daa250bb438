/**
 * The one definition of the sync wire format, used by the server's routes and the renderer's
 * replication. Documents travel exactly in their schema's shape plus `_deleted`; server
 * metadata (change sequence, owner checks) never rides inside a document.
 */
import { isCollectionName, type CollectionName, type DocumentTypes, type OpportunityStage } from '../schemas/index.ts';

export const API_PREFIX = '/api/v1';

/** Where a pull resumes: the server-assigned change sequence of the last change received. */
export interface SyncCheckpoint {
  sequence: number;
}

export type WireDocument<C extends CollectionName = CollectionName> = DocumentTypes[C] & { _deleted: boolean };

export interface PullResponse<D = WireDocument> {
  documents: D[];
  /** null only when the collection has no change visible to the caller yet. */
  checkpoint: SyncCheckpoint | null;
  /**
   * True when the page stopped short of its limit to stay within SYNC_LIMITS.maxPullChars (long
   * documents): more changes follow from its checkpoint. A short page without it is caught up.
   */
  more?: true;
}

export interface PushRow<D = WireDocument> {
  assumedMasterState?: D | null;
  newDocumentState: D;
}

/** The current master state of every row that conflicted; empty when all rows were applied. */
export type PushResponse<D = WireDocument> = D[];

/** A live change, or a request to pull again from the last checkpoint (sent after reconnects). */
export type StreamEvent<D = WireDocument> = PullResponse<D> | 'RESYNC';

/**
 * One event of the combined stream (`GET /api/v1/sync/stream`), which carries every collection
 * over one connection: browsers allow only six connections per server, so one stream per
 * collection would leave no connection free for pushes.
 */
export type CombinedStreamEvent = { collection: CollectionName; event: PullResponse } | 'RESYNC';

/** `GET /api/v1/health`: the store kind and the schema version the server holds each collection in. */
export interface HealthResponse {
  status: 'ok';
  store: 'sqlite' | 'postgres';
  schemas: Record<CollectionName, number>;
}

/** Collections the server keeps in a newer schema version than this app knows: the app needs updating. */
export function newerOnServer(local: Record<CollectionName, number>, server: Partial<Record<string, unknown>>): CollectionName[] {
  return (Object.keys(local) as CollectionName[]).filter((name) => {
    const version = server[name];
    return typeof version === 'number' && version > local[name];
  });
}

export interface ApiError {
  error: string;
  message: string;
  details?: unknown;
}

export const USER_ROLES = ['rep', 'manager', 'marketing', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

/**
 * `GET /api/v1/forecast/settings` (any signed-in user): the probability of closing that the
 * forecast gives each stage, set by an admin. `updatedAt` is null while the defaults apply.
 */
export interface ForecastSettings {
  stageProbabilities: Record<OpportunityStage, number>;
  updatedAt: number | null;
}

/** `GET /api/v1/team` (managers and admins): the reps whose documents they read, for names on screen. */
export interface TeamMember {
  id: string;
  name: string;
  email: string;
  role: UserRole;
}

export interface TeamResponse {
  members: TeamMember[];
}

export interface LoginResponse {
  token: string;
  user: SessionUser;
}

export const SYNC_LIMITS = {
  defaultPullLimit: 100,
  maxPullLimit: 1_000,
  /**
   * A page of a pull, or a live event, holds documents of at most this many characters of JSON
   * (a single longer document still travels alone): a thousand long transcripts would otherwise
   * make one response of hundreds of megabytes, more than the server or a laptop should hold.
   */
  maxPullChars: 8_000_000,
  maxPushRows: 1_000,
  /** The largest sync request body the server reads (413 above it). */
  maxBodyBytes: 16 * 1024 * 1024,
} as const;

export type CheckpointParse = { ok: true; value: SyncCheckpoint | null } | { ok: false; message: string };

/** A parsed checkpoint: null (a first pull) or `{"sequence": N}`; otherwise why not. */
function checkpointFrom(parsed: unknown): CheckpointParse {
  if (parsed === null) return { ok: true, value: null };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, message: 'checkpoint must be an object' };
  const keys = Object.keys(parsed);
  const sequence = (parsed as { sequence?: unknown }).sequence;
  if (keys.length !== 1 || typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 0) {
    return { ok: false, message: 'checkpoint must be {"sequence": a non-negative integer}' };
  }
  return { ok: true, value: { sequence } };
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** Parses the `checkpoint` query parameter: absent/"null" for a first pull, else `{"sequence":N}`. */
export function parseCheckpoint(raw: string | undefined): CheckpointParse {
  if (raw === undefined || raw === '' || raw === 'null') return { ok: true, value: null };
  if (raw.length > 200) return { ok: false, message: 'checkpoint is too long' };
  const parsed = parseJson(raw);
  return parsed.ok ? checkpointFrom(parsed.value) : { ok: false, message: 'checkpoint is not JSON' };
}

/** Where each collection's pull stands, as `GET /api/v1/sync/counts` takes it: null for a first pull. */
export type CollectionCheckpoints = Partial<Record<CollectionName, SyncCheckpoint | null>>;

/** How many changes each asked collection still holds for the caller after its checkpoint. */
export interface CountsResponse {
  counts: Partial<Record<CollectionName, number>>;
}

export type CheckpointsParse = { ok: true; value: CollectionCheckpoints } | { ok: false; message: string };

/**
 * Parses the `checkpoints` query parameter of a count: a JSON object from collection names to
 * checkpoints, `{"call_notes":null,"accounts":{"sequence":12}}`. Every name must be a
 * collection's: a misspelt one would otherwise be counted as nothing to pull.
 */
export function parseCheckpoints(raw: string | undefined): CheckpointsParse {
  if (raw === undefined || raw === '') return { ok: false, message: 'checkpoints is required' };
  if (raw.length > 4_000) return { ok: false, message: 'checkpoints is too long' };
  const parsed = parseJson(raw);
  if (!parsed.ok) return { ok: false, message: 'checkpoints is not JSON' };
  const object = parsed.value;
  if (typeof object !== 'object' || object === null || Array.isArray(object)) {
    return { ok: false, message: 'checkpoints must be an object of collection names to checkpoints' };
  }
  const value: CollectionCheckpoints = {};
  for (const [name, checkpoint] of Object.entries(object)) {
    if (!isCollectionName(name)) return { ok: false, message: `There is no collection "${name.slice(0, 60)}".` };
    const read = checkpointFrom(checkpoint);
    if (!read.ok) return { ok: false, message: `${name}: ${read.message}` };
    value[name] = read.value;
  }
  return { ok: true, value };
}
