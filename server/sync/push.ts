/**
 * A push: the whole batch is parsed, validated against the shared schemas and authorized
 * before anything is written, then written in one transaction. Rows whose assumed master is
 * not the stored document come back as conflicts (the stored document); the client resolves.
 * A row that is already stored exactly as sent (a retried push) is neither written nor a conflict.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CollectionName, DocumentTypes } from '../../shared/schemas/index.ts';
import type { DocumentValidator } from '../../shared/schemas/validator.ts';
import { SYNC_LIMITS, type SessionUser, type WireDocument } from '../../shared/sync/protocol.ts';
import { badRequest, forbidden, invalidDocument } from '../errors.ts';
import type { DocumentWrite, Store, StoredDocument } from '../store/store.ts';
import { isOwnedCollection, writeRefusal } from './access.ts';
import { guardServerFields } from './server-fields.ts';

/** RxDB's own metadata, which clients may send along and the server never stores. */
const CLIENT_META_FIELDS = ['_rev', '_meta', '_attachments'] as const;

export interface ParsedDocument {
  id: string;
  ownerId: string | null;
  deleted: boolean;
  doc: Record<string, unknown>;
}

interface ParsedRow {
  assumed: ParsedDocument | null;
  next: ParsedDocument;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** NUL characters: PostgreSQL's jsonb refuses them, so both stores refuse them alike. */
function hasNulCharacter(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNulCharacter);
  if (isRecord(value)) return Object.values(value).some(hasNulCharacter);
  return false;
}

function parseDocument(
  collection: CollectionName,
  raw: unknown,
  validator: DocumentValidator,
  where: string,
): ParsedDocument {
  if (!isRecord(raw)) throw badRequest(`${where} must be a document object`);
  const { _deleted: deleted = false, ...rest } = raw;
  if (typeof deleted !== 'boolean') throw invalidDocument(`${where}._deleted must be a boolean`);
  for (const field of CLIENT_META_FIELDS) delete rest[field];
  if (hasNulCharacter(rest)) throw invalidDocument(`${where} contains a NUL character`);
  const checked = validator.validate(collection, rest);
  if (!checked.ok) throw invalidDocument(`${where} is not a valid ${collection} document`, { errors: checked.errors });
  const doc = checked.value as DocumentTypes[CollectionName] & Record<string, unknown>;
  const ownerId = isOwnedCollection(collection) ? String(doc['ownerId']) : null;
  return { id: doc.id, ownerId, deleted, doc };
}

export function parsePushBody(collection: CollectionName, body: unknown, validator: DocumentValidator): ParsedRow[] {
  if (!Array.isArray(body)) throw badRequest('a push body is a JSON array of {assumedMasterState?, newDocumentState}');
  if (body.length > SYNC_LIMITS.maxPushRows) throw badRequest(`at most ${SYNC_LIMITS.maxPushRows} rows per push`);
  const seen = new Set<string>();
  return body.map((row: unknown, index) => {
    if (!isRecord(row)) throw badRequest(`row ${index} must be an object`);
    const next = parseDocument(collection, row['newDocumentState'], validator, `row ${index} newDocumentState`);
    const rawAssumed = row['assumedMasterState'];
    const assumed =
      rawAssumed === undefined || rawAssumed === null
        ? null
        : parseDocument(collection, rawAssumed, validator, `row ${index} assumedMasterState`);
    if (assumed && assumed.id !== next.id) throw badRequest(`row ${index} assumes the state of another document`);
    if (seen.has(next.id)) throw badRequest(`row ${index} repeats document ${next.id} in the same push`);
    seen.add(next.id);
    return { assumed, next };
  });
}

export function toWire(stored: StoredDocument): WireDocument {
  return { ...stored.doc, _deleted: stored.deleted } as WireDocument;
}

function sameState(stored: StoredDocument, doc: ParsedDocument): boolean {
  return stored.deleted === doc.deleted && isDeepStrictEqual(stored.doc, doc.doc);
}

export async function pushBatch(
  store: Store,
  validator: DocumentValidator,
  user: SessionUser,
  collection: CollectionName,
  body: unknown,
): Promise<WireDocument[]> {
  const rows = parsePushBody(collection, body, validator);
  // Refuse before opening a transaction when the batch is forbidden whatever is stored.
  rows.forEach(({ next }, index) => {
    const refusal = writeRefusal(user, collection, next.ownerId, undefined);
    if (refusal) throw forbidden(`row ${index}: ${refusal}`);
  });
  return store.writeDocuments(
    collection,
    rows.map((row) => row.next.id),
    (current) => {
      const writes: DocumentWrite[] = [];
      const conflicts: WireDocument[] = [];
      rows.forEach(({ assumed, next }, index) => {
        const stored = current.get(next.id);
        const refusal = writeRefusal(user, collection, next.ownerId, stored ? stored.ownerId : undefined);
        if (refusal) throw forbidden(`row ${index}: ${refusal}`);
        guardServerFields(user, collection, stored?.doc, next.doc, index);
        if (stored && sameState(stored, next)) return;
        if (stored && (!assumed || !sameState(stored, assumed))) {
          conflicts.push(toWire(stored));
          return;
        }
        writes.push(next);
      });
      return { writes, result: conflicts };
    },
  );
}
