/** Call notes on this laptop: the only code that touches the call_notes collection. */
import { map, of, switchMap, type Observable } from 'rxjs';
import { mergeDraft, type NoteText } from '../../../shared/domain/draft-merge.ts';
import { starterBody } from '../../../shared/domain/note-templates.ts';
import type { CallNote, NoteTemplate } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { assertOwnDocument } from './owner-guard.ts';

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
export type NotePatch = Partial<
  Pick<CallNote, 'title' | 'body' | 'tags' | 'competitors' | 'accountId' | 'opportunityId' | 'meetingId' | 'template' | 'nextSteps'>
>;

export type NextStep = NonNullable<CallNote['nextSteps']>[number];

const MAX_CONFLICTS = 50;

type NoteConflict = NonNullable<CallNote['conflicts']>[number];

function chosenText(conflict: NoteConflict, choice: ConflictChoice, separator: string): string {
  if (choice === 'mine') return conflict.ours;
  if (choice === 'theirs') return conflict.theirs;
  return `${conflict.ours}${separator}${conflict.theirs}`;
}

/**
 * The note with the chosen text in place of the rep's. If the rep has since rewritten that
 * passage, the other version is added at the end instead of replacing anything.
 */
function applyChoice(note: CallNote, conflict: NoteConflict, choice: ConflictChoice): CallNote {
  if (choice === 'mine') return note;
  if (conflict.field === 'title') return { ...note, title: chosenText(conflict, choice, ' / ').slice(0, 300) };
  if (conflict.field === 'templateField') {
    const key = conflict.fieldKey as keyof NonNullable<CallNote['fields']> | undefined;
    if (!key) return note;
    const current = note.fields?.[key] ?? '';
    const text = choice === 'theirs' ? conflict.theirs : current === '' ? conflict.theirs : `${current}\n${conflict.theirs}`;
    return { ...note, fields: { ...note.fields, [key]: text } };
  }
  if (conflict.field === 'nextStep') {
    const steps = note.nextSteps?.map((step) => (step.id === conflict.stepId ? { ...step, text: chosenText(conflict, choice, ' / ') } : step));
    return { ...note, nextSteps: steps ?? [] };
  }
  const at = note.body.indexOf(conflict.ours);
  if (at < 0 || conflict.ours === '') {
    const tail = note.body.endsWith('\n') || note.body === '' ? '' : '\n';
    return { ...note, body: `${note.body}${tail}${conflict.theirs}` };
  }
  const replacement = chosenText(conflict, choice, conflict.ours.endsWith('\n') ? '' : '\n');
  return { ...note, body: note.body.slice(0, at) + replacement + note.body.slice(at + conflict.ours.length) };
}

export class NoteNotFoundError extends Error {
  constructor(readonly noteId: string) {
    super(`The note ${noteId} is not on this laptop (it may have been deleted).`);
    this.name = 'NoteNotFoundError';
  }
}

/** The stored note, found and the signed-in user's to change (see owner-guard.ts). */
async function writableNote(db: FieldcaseDatabase, id: string) {
  const doc = await db.call_notes.findOne(id).exec();
  if (!doc) throw new NoteNotFoundError(id);
  assertOwnDocument('note', doc.ownerId);
  return doc;
}

/**
 * Saves an editor's draft, written on top of `base`. If the stored note moved since (another
 * device's edit arrived), both are merged; overlapping text keeps the draft in place and the
 * stored text as a conflict. Runs as one atomic read-modify-write against replication writes.
 */
export async function saveNoteDraft(db: FieldcaseDatabase, id: string, base: NoteText, draft: NoteText, now = Date.now()): Promise<CallNote> {
  const doc = await writableNote(db, id);
  const updated = await doc.incrementalModify((current) => {
    const stored: NoteText = { title: current.title, body: current.body, ...(current.fields ? { fields: current.fields } : {}) };
    const merged = mergeDraft(base, draft, stored);
    const next = { ...current, title: merged.title, body: merged.body, updatedAt: now, ...(merged.fields ? { fields: merged.fields } : {}) };
    if (merged.conflicts.length === 0) return next;
    const added = merged.conflicts.map((conflict) => ({ ...conflict, id: crypto.randomUUID(), detectedAt: now }));
    return { ...next, conflicts: [...(current.conflicts ?? []), ...added].slice(-MAX_CONFLICTS) };
  });
  return updated.toMutableJSON();
}

export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** Settles one kept conflict the way the rep chose, and removes it from the note. */
export async function settleNoteConflict(db: FieldcaseDatabase, id: string, conflictId: string, choice: ConflictChoice, now = Date.now()): Promise<CallNote> {
  const doc = await writableNote(db, id);
  const updated = await doc.incrementalModify((current) => {
    const conflict = current.conflicts?.find((c) => c.id === conflictId);
    if (!conflict) return current;
    return { ...applyChoice(current, conflict, choice), conflicts: current.conflicts?.filter((c) => c.id !== conflictId) ?? [], updatedAt: now };
  });
  return updated.toMutableJSON();
}

export async function createNote(db: FieldcaseDatabase, input: NewNote, now = Date.now()): Promise<CallNote> {
  assertOwnDocument('note', input.ownerId);
  const doc = await db.call_notes.insert({
    id: crypto.randomUUID(),
    ownerId: input.ownerId,
    accountId: input.accountId ?? '',
    opportunityId: input.opportunityId ?? null,
    meetingId: input.meetingId ?? null,
    title: input.title ?? '',
    // A templated note starts with its template's sections.
    body: input.body ?? starterBody(input.template ?? null),
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
  const doc = await writableNote(db, id);
  // incrementalPatch re-reads the latest revision, so two quick saves never overwrite each other.
  const updated = await doc.incrementalPatch({ ...patch, updatedAt: now });
  return updated.toMutableJSON();
}

/** Applies `change` to the note's next steps as stored now (an atomic read-modify-write). */
async function modifyNextSteps(db: FieldcaseDatabase, id: string, change: (steps: NextStep[]) => NextStep[], now: number): Promise<CallNote> {
  const doc = await writableNote(db, id);
  const updated = await doc.incrementalModify((current) => ({ ...current, nextSteps: change(current.nextSteps ?? []), updatedAt: now }));
  return updated.toMutableJSON();
}

export function addNextStep(db: FieldcaseDatabase, noteId: string, step: { text: string; dueAt: number | null }, now = Date.now()): Promise<CallNote> {
  const text = step.text.trim();
  if (text === '') return Promise.reject(new Error('A next step needs some text.'));
  return modifyNextSteps(db, noteId, (steps) => [...steps, { id: crypto.randomUUID(), text, dueAt: step.dueAt, done: false }], now);
}

/** Changes one step; a step deleted meanwhile (on another device) stays deleted. */
export function updateNextStep(
  db: FieldcaseDatabase,
  noteId: string,
  stepId: string,
  patch: Partial<Omit<NextStep, 'id'>>,
  now = Date.now(),
): Promise<CallNote> {
  return modifyNextSteps(db, noteId, (steps) => steps.map((step) => (step.id === stepId ? { ...step, ...patch } : step)), now);
}

export function removeNextStep(db: FieldcaseDatabase, noteId: string, stepId: string, now = Date.now()): Promise<CallNote> {
  return modifyNextSteps(db, noteId, (steps) => steps.filter((step) => step.id !== stepId), now);
}

export type NoteLabelList = 'tags' | 'competitors';

/** Adds a tag or competitor (trimmed; one already there in any case is not added twice). */
export async function addNoteLabel(db: FieldcaseDatabase, noteId: string, list: NoteLabelList, label: string, now = Date.now()): Promise<CallNote> {
  const clean = label.trim().slice(0, 100);
  if (clean === '') throw new Error('Write the label first.');
  const doc = await writableNote(db, noteId);
  const updated = await doc.incrementalModify((current) => {
    if (current[list].some((existing) => existing.toLowerCase() === clean.toLowerCase())) return current;
    return { ...current, [list]: [...current[list], clean].slice(0, 100), updatedAt: now };
  });
  return updated.toMutableJSON();
}

export async function removeNoteLabel(db: FieldcaseDatabase, noteId: string, list: NoteLabelList, label: string, now = Date.now()): Promise<CallNote> {
  const doc = await writableNote(db, noteId);
  const updated = await doc.incrementalModify((current) => ({ ...current, [list]: current[list].filter((l) => l !== label), updatedAt: now }));
  return updated.toMutableJSON();
}

/** A next step still to do, with the note it came from (for Today). */
export interface OpenNextStep {
  step: NextStep;
  noteId: string;
  noteTitle: string;
  accountId: string | null;
}

/**
 * The rep's open next steps due at or before `untilMs` (overdue ones included), earliest due
 * first. Steps without a due date are left out: Today lists what falls due. `editedSince` limits
 * the search to notes edited since then (served by the updatedAt index), so Today need not read
 * years of notes to find this week's steps.
 */
export function observeOpenNextSteps(db: FieldcaseDatabase, ownerId: string, untilMs: number, editedSince?: number): Observable<OpenNextStep[]> {
  const recent = editedSince === undefined ? {} : { updatedAt: { $gte: editedSince } };
  return db.call_notes
    .find({ selector: { ...recent, ownerId, nextSteps: { $elemMatch: { done: false, dueAt: { $lte: untilMs } } } } })
    .$.pipe(
      map((docs) =>
        docs
          .flatMap((doc) =>
            (doc.nextSteps ?? [])
              .filter((step) => !step.done && step.dueAt !== null && step.dueAt <= untilMs)
              .map((step) => ({ step: { ...step }, noteId: doc.id, noteTitle: doc.title, accountId: doc.accountId || null })),
          )
          .sort((a, b) => (a.step.dueAt ?? 0) - (b.step.dueAt ?? 0) || a.noteTitle.localeCompare(b.noteTitle)),
      ),
    );
}

/** Deleting leaves a tombstone, so the deletion reaches the server and the rep's other devices. */
export async function deleteNote(db: FieldcaseDatabase, id: string): Promise<void> {
  const doc = await writableNote(db, id);
  // Incremental, like every other write here: replication may have stored a newer revision
  // since the document was read, and a plain remove() would then fail with CONFLICT.
  await doc.incrementalRemove();
}

export async function getNote(db: FieldcaseDatabase, id: string): Promise<CallNote | null> {
  const doc = await db.call_notes.findOne(id).exec();
  return doc ? doc.toMutableJSON() : null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Windows of recent edits tried in turn, narrowest first; the last one is every note. */
export const RECENT_WINDOWS_DAYS = [30, 120, 400, Infinity] as const;

/**
 * The most recently edited notes first. RxDB reads every match before sorting in descending
 * order, so the notes are asked for in a window of recent edits (served by the updatedAt index),
 * widened only while it holds fewer than `limit`: opening Notes reads a few hundred notes, not all.
 */
export function observeRecentNotes(db: FieldcaseDatabase, limit = 200, now = Date.now()): Observable<CallNote[]> {
  const inWindow = (index: number): Observable<CallNote[]> => {
    const days = RECENT_WINDOWS_DAYS[index] ?? Infinity;
    const selector = Number.isFinite(days) ? { updatedAt: { $gte: now - days * DAY_MS } } : {};
    const isLast = index >= RECENT_WINDOWS_DAYS.length - 1;
    return db.call_notes.find({ selector, sort: [{ updatedAt: 'desc' }], limit }).$.pipe(
      switchMap((docs) => (docs.length < limit && !isLast ? inWindow(index + 1) : of(docs.map((doc) => doc.toMutableJSON())))),
    );
  };
  return inWindow(0);
}

/** One account's notes, newest first (served by the accountId+updatedAt index). */
export function observeAccountNotes(db: FieldcaseDatabase, accountId: string): Observable<CallNote[]> {
  return db.call_notes
    .find({ selector: { accountId } })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON()).sort((a, b) => b.updatedAt - a.updatedAt)));
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
