/**
 * `import FOLDER`: publishes battle cards, demo scripts, collateral and enablement kits. Every document is built
 * and validated against the schemas before anything is written, so a folder with one broken file
 * publishes nothing. A document whose content is unchanged is not rewritten: a new change
 * sequence would make every laptop download it again for nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import { createDocumentValidator, type DocumentValidator } from '../../shared/schemas/validator.ts';
import type { DocumentWrite, Store, StoredDocument } from '../store/store.ts';
import { readImportFolder } from './import-folder.ts';
import { checkKitReferences } from './import-references.ts';
import { ImportRefusedError, type Candidate, type ProblemList } from './import-problems.ts';

type PublishedCollection = Candidate['collection'];
export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  folder: string;
  counts: Record<PublishedCollection, ImportCounts>;
  /** Files new to the store (a file already stored under its sha256 is not counted). */
  filesStored: number;
  bytesStored: number;
}

export interface ImportOptions {
  now?: number;
  /** Told what the import is doing, for a long import of large files. */
  onProgress?: (message: string) => void;
}

/** In writing order: a kit comes after the items it requires. */
const COLLECTIONS: readonly PublishedCollection[] = ['collateral', 'battle_cards', 'demo_scripts', 'enablement_kits'];

const LABELS: Record<PublishedCollection, string> = {
  battle_cards: 'battle card',
  demo_scripts: 'demo script',
  collateral: 'collateral item',
  enablement_kits: 'enablement kit',
};

function versionOf(doc: Record<string, unknown>): number {
  const version = doc['version'];
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : 0;
}

/**
 * What publishing `content` does to the stored document: new (version 1, or one past a deleted
 * one's), unchanged (kept as stored), or updated (version + 1, first publication date kept).
 */
export function reconcile(
  content: Record<string, unknown>,
  existing: StoredDocument | undefined,
  now: number,
): { outcome: ImportOutcome; doc: Record<string, unknown> } {
  if (!existing || existing.deleted) {
    const version = existing ? versionOf(existing.doc) + 1 : 1;
    return { outcome: 'created', doc: { ...content, version, publishedAt: now, updatedAt: now } };
  }
  const { version: _version, publishedAt, updatedAt: _updatedAt, ...stored } = existing.doc;
  if (isDeepStrictEqual(stored, content)) return { outcome: 'unchanged', doc: existing.doc };
  return {
    outcome: 'updated',
    doc: { ...content, version: versionOf(existing.doc) + 1, publishedAt: typeof publishedAt === 'number' ? publishedAt : now, updatedAt: now },
  };
}

/**
 * The candidate with the fields the server writes and the file does not hold: a kit's
 * questions and answers (faq) come from product's answers and survive a re-import.
 */
function withServerFields(candidate: Candidate, existing: StoredDocument | undefined): Record<string, unknown> {
  if (candidate.collection !== 'enablement_kits') return candidate.content;
  const faq = existing?.doc['faq'];
  return { ...candidate.content, faq: Array.isArray(faq) ? faq : [] };
}

function byCollection(candidates: readonly Candidate[]): Map<PublishedCollection, Candidate[]> {
  const groups = new Map<PublishedCollection, Candidate[]>(COLLECTIONS.map((collection) => [collection, []]));
  for (const candidate of candidates) groups.get(candidate.collection)?.push(candidate);
  return groups;
}

const idOf = (candidate: Candidate) => String(candidate.content['id']);

/** Validates every document as it would be written now; the writes check again inside their transaction. */
async function checkAgainstStore(
  store: Store,
  groups: Map<PublishedCollection, Candidate[]>,
  validator: DocumentValidator,
  problems: ProblemList,
  now: number,
): Promise<void> {
  for (const [collection, candidates] of groups) {
    const current = await store.getDocuments(collection, candidates.map(idOf));
    for (const candidate of candidates) {
      const existing = current.get(idOf(candidate));
      const { doc } = reconcile(withServerFields(candidate, existing), existing, now);
      const result = validator.validate(collection, doc);
      if (!result.ok) problems.add(candidate.source, `not a valid ${LABELS[collection]}: ${result.errors.join('; ')}`);
    }
  }
}

async function storeFiles(store: Store, candidates: readonly Candidate[], now: number, progress: (message: string) => void) {
  let filesStored = 0;
  let bytesStored = 0;
  for (const { blob, source } of candidates) {
    if (!blob || (await store.getFileInfo(blob.sha256))) continue;
    progress(`storing ${source}: ${blob.size} bytes`);
    await store.putFile({ sha256: blob.sha256, size: blob.size, mimeType: blob.mimeType, createdAt: now }, blob.data);
    filesStored += 1;
    bytesStored += blob.size;
  }
  return { filesStored, bytesStored };
}

async function writeCollection(
  store: Store,
  collection: PublishedCollection,
  candidates: readonly Candidate[],
  validator: DocumentValidator,
  now: number,
): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  if (candidates.length === 0) return counts;
  return store.writeDocuments(collection, candidates.map(idOf), (current) => {
    const writes: DocumentWrite[] = [];
    for (const candidate of candidates) {
      const existing = current.get(idOf(candidate));
      const { outcome, doc } = reconcile(withServerFields(candidate, existing), existing, now);
      counts[outcome] += 1;
      if (outcome === 'unchanged') continue;
      // Another writer may have moved the document since the check: throwing aborts this transaction.
      const result = validator.validate(collection, doc);
      if (!result.ok) throw new ImportRefusedError([{ file: candidate.source, message: result.errors.join('; ') }]);
      writes.push({ id: idOf(candidate), ownerId: null, deleted: false, doc });
    }
    return { writes, result: counts };
  });
}

export async function importContent(store: Store, folder: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const now = options.now ?? Date.now();
  const progress = options.onProgress ?? (() => {});
  const { root, candidates, problems } = await readImportFolder(folder);
  progress(`read ${candidates.length} ${candidates.length === 1 ? 'document' : 'documents'} from ${root}`);
  const groups = byCollection(candidates);
  const validator = createDocumentValidator();
  await checkAgainstStore(store, groups, validator, problems, now);
  await checkKitReferences(store, candidates, problems);
  if (!problems.isEmpty) throw new ImportRefusedError(problems.items);

  // Files first, so that no collateral document ever points at a file the store lacks.
  const files = await storeFiles(store, candidates, now, progress);
  const write = (collection: PublishedCollection) => writeCollection(store, collection, groups.get(collection) ?? [], validator, now);
  const collateral = await write('collateral');
  const battleCards = await write('battle_cards');
  const demoScripts = await write('demo_scripts');
  const kits = await write('enablement_kits');
  return { folder: root, counts: { collateral, battle_cards: battleCards, demo_scripts: demoScripts, enablement_kits: kits }, ...files };
}
