/** Call notes on this laptop: the only code that touches the call_notes collection. */
import { map, type Observable } from 'rxjs';
import type { CallNote, NoteTemplate } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';

export interface NewNote {
  ownerId: string;
  title?: string;
  body?: string;
  template?: NoteTemplate | null;
  accountId?: string | null;
  opportunityId?: string | null;
  meetingId?: string | null;
}

/** The fields a rep edits; everything else is managed by the repository. */
export type NotePatch = Partial<Pick<CallNote, 'title' | 'body' | 'tags' | 'competitors' | 'accountId' | 'template'>>;

export class NoteNotFoundError extends Error {
  constructor(readonly noteId: string) {
    super(`The note ${noteId} is not on this laptop (it may have been deleted).`);
    this.name = 'NoteNotFoundError';
  }
}

export async function createNote(db: FieldcaseDatabase, input: NewNote, now = Date.now()): Promise<CallNote> {
  const doc = await db.call_notes.insert({
    id: crypto.randomUUID(),
    ownerId: input.ownerId,
    accountId: input.accountId ?? null,
    opportunityId: input.opportunityId ?? null,
    meetingId: input.meetingId ?? null,
    title: input.title ?? '',
    body: input.body ?? '',
    template: input.template ?? null,
    tags: [],
    competitors: [],
    nextSteps: [],
    createdAt: now,
    updatedAt: now,
  });
  return doc.toMutableJSON();
}

export async function updateNote(db: FieldcaseDatabase, id: string, patch: NotePatch, now = Date.now()): Promise<CallNote> {
  const doc = await db.call_notes.findOne(id).exec();
  if (!doc) throw new NoteNotFoundError(id);
  // incrementalPatch re-reads the latest revision, so two quick saves never overwrite each other.
  const updated = await doc.incrementalPatch({ ...patch, updatedAt: now });
  return updated.toMutableJSON();
}

/** Deleting leaves a tombstone, so the deletion reaches the server and the rep's other devices. */
export async function deleteNote(db: FieldcaseDatabase, id: string): Promise<void> {
  const doc = await db.call_notes.findOne(id).exec();
  if (!doc) throw new NoteNotFoundError(id);
  await doc.remove();
}

export async function getNote(db: FieldcaseDatabase, id: string): Promise<CallNote | null> {
  const doc = await db.call_notes.findOne(id).exec();
  return doc ? doc.toMutableJSON() : null;
}

/** The most recently edited notes first. */
export function observeRecentNotes(db: FieldcaseDatabase, limit = 200): Observable<CallNote[]> {
  return db.call_notes
    .find({ sort: [{ updatedAt: 'desc' }], limit })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

export function observeNote(db: FieldcaseDatabase, id: string): Observable<CallNote | null> {
  return db.call_notes.findOne(id).$.pipe(map((doc) => (doc ? doc.toMutableJSON() : null)));
}

/** Notes edited within [from, to], newest first (served by the updatedAt index). */
export async function findNotesUpdatedBetween(
  db: FieldcaseDatabase,
  range: { from: number; to: number },
  limit: number,
): Promise<CallNote[]> {
  const docs = await db.call_notes
    .find({ selector: { updatedAt: { $gte: range.from, $lte: range.to } }, sort: [{ updatedAt: 'desc' }], limit })
    .exec();
  return docs.map((doc) => doc.toMutableJSON());
}
