import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import {
  NoteNotFoundError,
  createNote,
  deleteNote,
  findNotesUpdatedBetween,
  getNote,
  observeNote,
  observeRecentNotes,
  saveNoteDraft,
  settleNoteConflict,
  updateNote,
} from './notes.repo.ts';

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.remove();
});

describe('notes repository', () => {
  it('creates an empty note owned by the rep, with timestamps', async () => {
    const note = await createNote(db, { ownerId: 'rep-1' }, 1_000);
    expect(note).toMatchObject({ ownerId: 'rep-1', title: '', body: '', createdAt: 1_000, updatedAt: 1_000, accountId: null });
    expect(await getNote(db, note.id)).toEqual(note);
  });

  it('saves edits and moves updatedAt forward', async () => {
    const note = await createNote(db, { ownerId: 'rep-1' }, 1_000);
    await updateNote(db, note.id, { title: 'Discovery' }, 2_000);
    const saved = await updateNote(db, note.id, { body: 'Budget approved' }, 3_000);
    expect(saved).toMatchObject({ title: 'Discovery', body: 'Budget approved', createdAt: 1_000, updatedAt: 3_000 });
  });

  it('keeps every edit when saves overlap', async () => {
    const note = await createNote(db, { ownerId: 'rep-1' });
    await Promise.all([updateNote(db, note.id, { title: 'T' }), updateNote(db, note.id, { body: 'B' })]);
    expect(await getNote(db, note.id)).toMatchObject({ title: 'T', body: 'B' });
  });

  it('refuses an edit the schema does not allow, leaving the note as it was', async () => {
    const note = await createNote(db, { ownerId: 'rep-1', title: 'Kept' });
    await expect(updateNote(db, note.id, { title: 'x'.repeat(301) })).rejects.toThrow();
    expect((await getNote(db, note.id))?.title).toBe('Kept');
  });

  it('deletes a note, and says so when a note is missing', async () => {
    const note = await createNote(db, { ownerId: 'rep-1' });
    await deleteNote(db, note.id);
    expect(await getNote(db, note.id)).toBeNull();
    await expect(deleteNote(db, note.id)).rejects.toBeInstanceOf(NoteNotFoundError);
    await expect(updateNote(db, 'nope', { title: 'x' })).rejects.toBeInstanceOf(NoteNotFoundError);
  });

  it('lists the most recently edited first, up to a limit, and follows changes', async () => {
    const a = await createNote(db, { ownerId: 'rep-1', title: 'A' }, 1_000);
    await createNote(db, { ownerId: 'rep-1', title: 'B' }, 2_000);
    await createNote(db, { ownerId: 'rep-1', title: 'C' }, 3_000);
    expect((await firstValueFrom(observeRecentNotes(db, 2))).map((n) => n.title)).toEqual(['C', 'B']);
    await updateNote(db, a.id, { body: 'new' }, 4_000);
    expect((await firstValueFrom(observeRecentNotes(db))).map((n) => n.title)).toEqual(['A', 'C', 'B']);
    expect((await firstValueFrom(observeNote(db, a.id)))?.body).toBe('new');
    expect(await firstValueFrom(observeNote(db, 'missing'))).toBeNull();
  });

  it('finds notes edited within a range, newest first, up to a limit', async () => {
    for (const at of [1_000, 2_000, 3_000, 4_000]) await createNote(db, { ownerId: 'rep-1', title: `t${at}` }, at);
    const found = await findNotesUpdatedBetween(db, { from: 2_000, to: 4_000 }, 2);
    expect(found.map((n) => n.title)).toEqual(['t4000', 't3000']);
    expect(await findNotesUpdatedBetween(db, { from: 5_000, to: 6_000 }, 10)).toEqual([]);
  });

  it('saves a draft as typed when nothing moved underneath it', async () => {
    const note = await createNote(db, { ownerId: 'rep-1', title: 'QBR', body: 'Budget\n' });
    const saved = await saveNoteDraft(db, note.id, { title: 'QBR', body: 'Budget\n' }, { title: 'QBR', body: 'Budget: ok\n' }, 5_000);
    expect(saved).toMatchObject({ body: 'Budget: ok\n', updatedAt: 5_000 });
    expect(saved.conflicts).toBeUndefined();
  });

  it('merges a draft with an edit that arrived meanwhile, keeping overlaps as conflicts to settle', async () => {
    const base = { title: 'QBR', body: 'Budget\n\nTimeline\n' };
    const note = await createNote(db, { ownerId: 'rep-1', ...base });
    await updateNote(db, note.id, { body: 'Budget: approved\n\nTimeline: Q4\n' });
    const saved = await saveNoteDraft(db, note.id, base, { ...base, body: 'Budget\n\nTimeline: Q3\n' });
    expect(saved.body).toBe('Budget: approved\n\nTimeline: Q3\n');
    expect(saved.conflicts).toEqual([expect.objectContaining({ field: 'body', ours: 'Timeline: Q3\n', theirs: 'Timeline: Q4\n' })]);

    const conflictId = saved.conflicts?.[0]?.id ?? '';
    const both = await settleNoteConflict(db, note.id, conflictId, 'both');
    expect(both.body).toBe('Budget: approved\n\nTimeline: Q3\nTimeline: Q4\n');
    expect(both.conflicts).toEqual([]);
  });

  it.each([
    ['mine', 'A\nmine\nC\n'],
    ['theirs', 'A\ntheirs\nC\n'],
  ] as const)('settles a conflict keeping %s', async (choice, body) => {
    const note = await createNote(db, { ownerId: 'rep-1', body: 'A\nmine\nC\n' });
    await db.call_notes.findOne(note.id).exec().then((doc) =>
      doc?.incrementalPatch({ conflicts: [{ id: 'c1', field: 'body', base: 'B\n', ours: 'mine\n', theirs: 'theirs\n', detectedAt: 1 }] }),
    );
    expect((await settleNoteConflict(db, note.id, 'c1', choice)).body).toBe(body);
  });

  it('adds the other version at the end when the rep has rewritten the passage since', async () => {
    const note = await createNote(db, { ownerId: 'rep-1', body: 'rewritten\n' });
    await db.call_notes.findOne(note.id).exec().then((doc) =>
      doc?.incrementalPatch({ conflicts: [{ id: 'c1', field: 'body', base: 'B\n', ours: 'mine\n', theirs: 'theirs\n', detectedAt: 1 }] }),
    );
    expect((await settleNoteConflict(db, note.id, 'c1', 'theirs')).body).toBe('rewritten\ntheirs\n');
  });
});
