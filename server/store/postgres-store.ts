/**
 * The PostgreSQL store: the production backend, shared by several stateless server processes.
 *
 * Ordering invariant: every write transaction first locks the one row of `change_counter`, and
 * only then reads the rows it decides on. Write transactions therefore run one after another,
 * each reads what the previous one committed, and sequences are handed out in commit order: a
 * reader that pulls `seq > checkpoint` can never miss a change that commits later with a lower
 * sequence.
 */
import pg from 'pg';
import type { CollectionName } from '../../shared/schemas/index.ts';
import { STAGE_PROBABILITIES_KEY, toForecastSettings } from './forecast-settings.ts';
import { CHANGES_CHANNEL, changePayload, createChangeFeed } from './postgres-listener.ts';
import { assertSchemaName, migratePostgres } from './postgres-migrate.ts';
import {
  isUniqueViolation,
  toFileInfo,
  toStoredDocument,
  toTokenRecord,
  toUserRecord,
  userPatchAssignments,
  type DocumentRow,
  type FileInfoRow,
  type TokenRow,
  type UserRow,
} from './postgres-rows.ts';
import {
  UniqueViolationError,
  type CollectionWrite,
  type CrossWriteDecision,
  type DocumentReads,
  type PullQuery,
  type StoredDocument,
  type Store,
} from './store.ts';
import { wireJson } from './wire-json.ts';

export interface PostgresStoreOptions {
  connectionString: string;
  /** Keep every table in this schema (created if missing), e.g. one per parallel test file. */
  schema?: string;
}

const DOCUMENT_COLUMNS = 'id, owner_id, seq, deleted, doc';

/** The filter, order and limit of a pull, shared by pull() and pullWire(). */
function pullWhere({ collection, after, limit, ownerId }: PullQuery): { where: string; values: unknown[] } {
  // Sequences are integers, so `seq > floor(after)` selects exactly `seq > after`.
  const values: unknown[] = [collection, Math.floor(after), Math.max(0, Math.floor(limit))];
  let ownerFilter = '';
  if (ownerId !== undefined) {
    values.push(ownerId);
    ownerFilter = 'AND owner_id = $4';
  }
  return { where: `WHERE collection = $1 AND seq > $2 ${ownerFilter} ORDER BY seq LIMIT $3`, values };
}

/**
 * Bumps the counter by the batch size, upserts the batch and queues the change notification,
 * all in one statement (one round trip for a batch of any size); row n of the batch gets
 * sequence `old value + n`. The notification is transactional: delivered only on commit.
 */
const UPSERT_DOCUMENTS = `
  WITH bump AS (
    UPDATE change_counter SET value = value + $2 WHERE id = 1
    RETURNING value - $2 AS base, pg_notify($4, $5)
  )
  INSERT INTO documents (collection, id, owner_id, seq, deleted, doc)
  SELECT $1, w.value->>'id', w.value->>'ownerId', bump.base + w.ord, (w.value->>'deleted')::boolean, w.value->'doc'
  FROM bump, jsonb_array_elements($3::jsonb) WITH ORDINALITY AS w(value, ord)
  ON CONFLICT (collection, id) DO UPDATE
    SET owner_id = excluded.owner_id, seq = excluded.seq, deleted = excluded.deleted, doc = excluded.doc`;

/**
 * Opens a write transaction already holding the counter's row lock (one round trip). The lock
 * comes before any read: reading first would let `decide` act on rows that a transaction
 * ahead of it in the queue is about to replace, and give its writes sequences out of order.
 */
const ANALYZE_EVERY_ROWS = 5_000;

const BEGIN_WRITE = 'BEGIN; SELECT value FROM change_counter WHERE id = 1 FOR UPDATE';

/**
 * The writes grouped by collection (one statement each), one write per id, the last one
 * winning, as if the batch were applied in order.
 */
function lastWriteWins(writes: CollectionWrite[]): Map<CollectionName, CollectionWrite[]> {
  const byKey = new Map<string, CollectionWrite>();
  for (const write of writes) {
    const key = `${write.collection}\u0000${write.id}`;
    byKey.delete(key);
    byKey.set(key, write);
  }
  const groups = new Map<CollectionName, CollectionWrite[]>();
  for (const write of byKey.values()) {
    const group = groups.get(write.collection);
    if (group) group.push(write);
    else groups.set(write.collection, [write]);
  }
  return groups;
}

async function inWriteTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let isBroken = false;
  try {
    await client.query(BEGIN_WRITE);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      isBroken = true;
    });
    throw error;
  } finally {
    // A connection whose ROLLBACK failed may still be inside a transaction: never reuse it.
    client.release(isBroken);
  }
}

export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const { connectionString, schema } = options;
  if (schema !== undefined) assertSchemaName(schema);
  // The search path is part of the connection's startup packet, so no pooled connection can
  // ever run a query against another schema's tables.
  const searchPath = schema === undefined ? undefined : `-c search_path=${schema}`;
  const pool = new pg.Pool({ connectionString, options: searchPath, application_name: 'fieldcase' });
  // Fresh statistics keep pulls on the (collection, seq) index: without them the planner
  // guesses a tiny table and sorts every change after the checkpoint, so a long catch-up slows
  // quadratically. Autovacuum refreshes them in production; this covers bulk loads and servers
  // where it is off.
  let rowsSinceAnalyze = 0;
  const noteRowsWritten = (count: number) => {
    rowsSinceAnalyze += count;
    if (rowsSinceAnalyze < ANALYZE_EVERY_ROWS) return;
    rowsSinceAnalyze = 0;
    pool.query('ANALYZE documents').catch(() => {});
  };
  pool.on('error', (error) => console.error('idle PostgreSQL connection failed', error.message));

  let schemaName: string;
  try {
    schemaName = await migratePostgres(pool, schema);
    await pool.query('ANALYZE documents');
  } catch (error) {
    await pool.end();
    throw error;
  }
  const feed = createChangeFeed(
    { connectionString, options: searchPath, application_name: `fieldcase-changes:${schemaName}` },
    schemaName,
  );
  let isClosed = false;

  async function selectDocuments(
    client: pg.Pool | pg.PoolClient,
    collection: CollectionName,
    ids: string[],
  ): Promise<Map<string, StoredDocument>> {
    const found = new Map<string, StoredDocument>();
    if (ids.length === 0) return found;
    const { rows } = await client.query<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE collection = $1 AND id = ANY($2::text[])`,
      [collection, ids],
    );
    for (const row of rows) found.set(row.id, toStoredDocument(collection, row));
    return found;
  }

  function writeAcross<T>(reads: readonly DocumentReads[], decide: CrossWriteDecision<T>): Promise<T> {
    return inWriteTransaction(pool, async (client) => {
      const current = new Map<CollectionName, Map<string, StoredDocument>>();
      for (const { collection, ids } of reads) {
        const found = await selectDocuments(client, collection, ids);
        const known = current.get(collection);
        current.set(collection, known ? new Map([...known, ...found]) : found);
      }
      const { writes, result } = decide(current);
      for (const [collection, batch] of lastWriteWins(writes)) {
        const payload = changePayload(schemaName, collection);
        const rows = batch.map(({ id, ownerId, deleted, doc }) => ({ id, ownerId, deleted, doc }));
        await client.query(UPSERT_DOCUMENTS, [collection, rows.length, JSON.stringify(rows), CHANGES_CHANNEL, payload]);
        noteRowsWritten(rows.length);
      }
      return result;
    });
  }

  return {
    kind: 'postgres',

    async countChanges({ collection, after, ownerId }) {
      const { rows } = await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM documents WHERE collection = $1 AND seq > $2 ${ownerId === undefined ? '' : 'AND owner_id = $3'}`,
        ownerId === undefined ? [collection, Math.floor(after)] : [collection, Math.floor(after), ownerId],
      );
      return Number(rows[0]?.n ?? 0);
    },

    async pull(query) {
      const { where, values } = pullWhere(query);
      const { rows } = await pool.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents ${where}`, values);
      return rows.map((row) => toStoredDocument(query.collection, row));
    },

    async pullWire(query) {
      const { where, values } = pullWhere(query);
      values.push(query.maxChars);
      // doc::text: the stored JSON as text, so nothing is parsed here or serialized again. Of the
      // page's rows, only those within maxChars (and always the first) come back to Node.
      const { rows } = await pool.query<{ seq: string; owner_id: string | null; deleted: boolean; doc: string; rows_read: string }>(
        `SELECT seq, owner_id, deleted, doc, rows_read FROM (
           SELECT seq, owner_id, deleted, doc,
                  sum(length(doc)) OVER (ORDER BY seq) AS chars,
                  row_number() OVER (ORDER BY seq) AS n,
                  count(*) OVER () AS rows_read
           FROM (SELECT seq, owner_id, deleted, doc::text AS doc FROM documents ${where}) page
         ) sized
         WHERE n = 1 OR chars <= $${values.length}
         ORDER BY seq`,
        values,
      );
      return {
        rows: rows.map((row) => ({ sequence: Number(row.seq), ownerId: row.owner_id, json: wireJson(row.doc, row.deleted) })),
        more: rows.length > 0 && rows.length < Number(rows[0]?.rows_read),
      };
    },

    getDocuments(collection, ids) {
      return selectDocuments(pool, collection, ids);
    },

    writeDocuments(collection, ids, decide) {
      return writeAcross([{ collection, ids }], (current) => {
        const { writes, result } = decide(current.get(collection) ?? new Map());
        return { writes: writes.map((w) => ({ ...w, collection })), result };
      });
    },

    writeAcross,

    async latestSequence() {
      const { rows } = await pool.query<{ value: string }>('SELECT value FROM change_counter WHERE id = 1');
      return Number(rows[0]?.value ?? 0);
    },

    onChange(listener) {
      return feed.subscribe(listener);
    },

    async createUser(user) {
      try {
        await pool.query(
          `INSERT INTO users (id, email, name, role, password_hash, created_at, disabled_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [user.id, user.email.toLowerCase(), user.name, user.role, user.passwordHash, user.createdAt, user.disabledAt],
        );
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new UniqueViolationError(error.constraint === 'users_email_key' ? `user ${user.email}` : `user ${user.id}`);
      }
    },

    async getUserByEmail(email) {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users WHERE email = $1', [email.toLowerCase()]);
      return rows[0] ? toUserRecord(rows[0]) : null;
    },

    async getUserById(id) {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0] ? toUserRecord(rows[0]) : null;
    },

    async listUsers() {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users ORDER BY email');
      return rows.map(toUserRecord);
    },

    async updateUser(id, patch) {
      const { assignments, values } = userPatchAssignments(patch);
      const sql =
        assignments.length === 0
          ? 'SELECT id FROM users WHERE id = $1'
          : `UPDATE users SET ${assignments.join(', ')} WHERE id = $1`;
      const { rowCount } = await pool.query(sql, [id, ...values]);
      return (rowCount ?? 0) > 0;
    },

    async saveToken(token) {
      try {
        await pool.query(
          'INSERT INTO tokens (token_hash, user_id, created_at, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5)',
          [token.tokenHash, token.userId, token.createdAt, token.expiresAt, token.revokedAt],
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw new UniqueViolationError('token');
        throw error;
      }
    },

    async getToken(tokenHash) {
      const { rows } = await pool.query<TokenRow>('SELECT * FROM tokens WHERE token_hash = $1', [tokenHash]);
      return rows[0] ? toTokenRecord(rows[0]) : null;
    },

    async getTokenWithUser(tokenHash) {
      const { rows } = await pool.query<UserRow & { token: TokenRow }>(
        `SELECT u.*, row_to_json(t) AS token FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1`,
        [tokenHash],
      );
      const row = rows[0];
      return row ? { token: toTokenRecord(row.token), user: toUserRecord(row) } : null;
    },

    async revokeTokens(userId, at) {
      // Live = neither revoked nor expired at `at`; an earlier revocation time is kept.
      const { rowCount } = await pool.query(
        'UPDATE tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2',
        [userId, at],
      );
      return rowCount ?? 0;
    },

    async putFile(info, data) {
      await pool.query(
        `INSERT INTO files (sha256, size, mime_type, created_at, data) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (sha256) DO NOTHING`,
        [info.sha256, info.size, info.mimeType, info.createdAt, Buffer.from(data.buffer, data.byteOffset, data.byteLength)],
      );
    },

    async getFileInfo(sha256) {
      const { rows } = await pool.query<FileInfoRow>(
        'SELECT sha256, size, mime_type, created_at FROM files WHERE sha256 = $1',
        [sha256],
      );
      return rows[0] ? toFileInfo(rows[0]) : null;
    },

    async readFile(sha256, range) {
      if (range === undefined) {
        const { rows } = await pool.query<{ data: Buffer }>('SELECT data FROM files WHERE sha256 = $1', [sha256]);
        return rows[0]?.data ?? null;
      }
      const { start, end } = range;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
        throw new RangeError(`invalid byte range ${start}-${end}`);
      }
      // SQL substring counts from 1; the range is 0-based and inclusive.
      const { rows } = await pool.query<{ data: Buffer }>(
        'SELECT substring(data FROM $2 FOR $3) AS data FROM files WHERE sha256 = $1',
        [sha256, start + 1, end - start + 1],
      );
      return rows[0]?.data ?? null;
    },

    async getForecastSettings() {
      const { rows } = await pool.query<{ value: unknown; updated_at: string }>('SELECT value, updated_at FROM settings WHERE key = $1', [
        STAGE_PROBABILITIES_KEY,
      ]);
      const row = rows[0];
      return row ? toForecastSettings(row.value, Number(row.updated_at)) : toForecastSettings(undefined, null);
    },

    async setStageProbabilities(patch, at) {
      // jsonb || merges the named stages into what is stored, inside the one statement.
      const { rows } = await pool.query<{ value: unknown; updated_at: string }>(
        `INSERT INTO settings (key, value, updated_at) VALUES ($1, $2::jsonb, $3)
         ON CONFLICT (key) DO UPDATE SET value = settings.value || excluded.value, updated_at = excluded.updated_at
         RETURNING value, updated_at`,
        [STAGE_PROBABILITIES_KEY, JSON.stringify(patch), at],
      );
      const row = rows[0];
      return toForecastSettings(row?.value, row ? Number(row.updated_at) : null);
    },

    async close() {
      if (isClosed) return;
      isClosed = true;
      await feed.close();
      await pool.end();
    },
  };
}
