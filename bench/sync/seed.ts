/**
 * Puts the same dataset on both servers over their own HTTP protocols before any laptop syncs:
 * Fieldcase through its push endpoint (the rep's notes and accounts, marketing's battle cards
 * and demo scripts), the peer through CouchDB's _bulk_docs into the rep's database, one
 * document per JSON object with a `type` field. Same batch size on both.
 */
import { PUBLISHED_COLLECTIONS, type CollectionName } from '../../shared/schemas/index.ts';
import type { LoginResponse, PushRow, WireDocument } from '../../shared/sync/protocol.ts';
import type { WorkspaceDocuments } from '../../renderer/db/repos/workspace.repo.ts';
import { BENCH_PASSWORD } from './servers.ts';

const BATCH = 500;

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${new URL(url).pathname} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) out.push(items.slice(start, start + BATCH));
  return out;
}

function entries(workspace: WorkspaceDocuments): [CollectionName, { id: string }[]][] {
  return (Object.entries(workspace) as [CollectionName, { id: string }[] | undefined][]).flatMap(([name, docs]) =>
    docs && docs.length > 0 ? [[name, docs] as [CollectionName, { id: string }[]]] : [],
  );
}

export async function signInOverHttp(base: string, email: string): Promise<string> {
  return (await post<LoginResponse>(`${base}/api/v1/auth/login`, { email, password: BENCH_PASSWORD })).token;
}

/** `repEmail` owns the notes and accounts; `publisherEmail` (marketing) publishes the rest. */
export async function seedFieldcase(base: string, workspace: WorkspaceDocuments, repEmail: string, publisherEmail: string): Promise<number> {
  const repToken = await signInOverHttp(base, repEmail);
  const publisherToken = await signInOverHttp(base, publisherEmail);
  let written = 0;
  for (const [collection, docs] of entries(workspace)) {
    const token = (PUBLISHED_COLLECTIONS as readonly CollectionName[]).includes(collection) ? publisherToken : repToken;
    for (const batch of batches(docs)) {
      const rows: PushRow[] = batch.map((doc) => ({ newDocumentState: { ...doc, _deleted: false } as WireDocument }));
      const conflicts = await post<WireDocument[]>(`${base}/api/v1/sync/${collection}/push`, rows, token);
      if (conflicts.length > 0) throw new Error(`seeding ${collection}: ${conflicts.length} conflicts`);
      written += batch.length;
    }
  }
  return written;
}

export async function seedCouch(databaseUrl: string, workspace: WorkspaceDocuments): Promise<number> {
  const created = await fetch(databaseUrl, { method: 'PUT' });
  if (!created.ok) throw new Error(`PUT ${databaseUrl} answered ${created.status}`);
  let written = 0;
  for (const [collection, docs] of entries(workspace)) {
    for (const batch of batches(docs)) {
      const results = await post<{ error?: string }[]>(`${databaseUrl}/_bulk_docs`, {
        docs: batch.map((doc) => ({ ...doc, _id: doc.id, type: collection })),
      });
      const failed = results.filter((result) => result.error);
      if (failed.length > 0) throw new Error(`seeding ${collection}: ${failed.length} documents refused`);
      written += batch.length;
    }
  }
  return written;
}
