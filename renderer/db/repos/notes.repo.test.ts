import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import {
  NoteNotFoundError,
  addNextStep,
  addNoteLabel,
  createNote,
  deleteNote,
  findNotesUpdatedBetween,
  getNote,
  observeNote,
  observeOpenNextSteps,
  observeRecentNotes,
  removeNextStep,
  removeNoteLabel,
  saveNoteDraft,
  settleNoteConflict,
  updateNextStep,
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
    expect(note).toMatchObject({ ownerId: 'rep-1', title: '', body: '', createdAt: 1_000, updatedAt: 1_000, accountId: '' });
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

  it('reads recent notes from the narrowest window of recent edits that holds enough of them', async () => {
    const now = Date.UTC(2026, 10, 29);
    const day = 86_400_000;
    for (const [title, ago] of [['week', 7], ['quarter', 90], ['two years', 700]] as const) {
      await createNote(db, { ownerId: 'rep-1', title }, now - ago * day);
    }
    const titles = async (limit: number) => (await firstValueFrom(observeRecentNotes(db, limit, now))).map((n) => n.title);
    expect(await titles(1)).toEqual(['week']);
    expect(await titles(2)).toEqual(['week', 'quarter']);
    expect(await titles(3)).toEqual(['week', 'quarter', 'two years']);
    expect(await titles(10)).toEqual(['week', 'quarter', 'two years']);
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

describe('notes repository: templates, fields and next steps', () => {
  it('starts a templated note with its sections, and a blank one empty', async () => {
    const discovery = await createNote(db, { ownerId: 'rep-1', template: 'discovery' });
    expect(discovery.body).toBe('## Attendees\n\n\n## Notes\n\n');
    expect((await createNote(db, { ownerId: 'rep-1' })).body).toBe('');
  });

  it('saves template fields from a draft and merges them with fields changed meanwhile', async () => {
    const note = await createNote(db, { ownerId: 'rep-1', template: 'discovery', body: '' });
    const base = { title: '', body: '' };
    await saveNoteDraft(db, note.id, base, { ...base, fields: { budget: '40k' } });
    await updateNote(db, note.id, { title: 'Acme' });
    const saved = await saveNoteDraft(db, note.id, { ...base, fields: { budget: '40k' } }, { ...base, fields: { budget: '40k', need: 'Less waste' } });
    expect(saved).toMatchObject({ title: 'Acme', fields: { budget: '40k', need: 'Less waste' } });
  });

  it('settles a template field conflict keeping theirs or both', async () => {
    const note = await createNote(db, { ownerId: 'rep-1' });
    await db.call_notes.findOne(note.id).exec().then((doc) =>
      doc?.incrementalPatch({
        fields: { budget: '45k' },
        conflicts: [
          { id: 'c1', field: 'templateField', fieldKey: 'budget', base: '40k', ours: '45k', theirs: '50k', detectedAt: 1 },
          { id: 'c2', field: 'templateField', fieldKey: 'budget', base: '40k', ours: '45k', theirs: 'CFO decides', detectedAt: 1 },
        ],
      }),
    );
    expect((await settleNoteConflict(db, note.id, 'c1', 'both')).fields?.budget).toBe('45k\n50k');
    const settled = await settleNoteConflict(db, note.id, 'c2', 'theirs');
    expect(settled.fields?.budget).toBe('CFO decides');
    expect(settled.conflicts).toEqual([]);
  });

  it('adds, edits, ticks and removes next steps, refusing an empty one', async () => {
    const note = await createNote(db, { ownerId: 'rep-1' });
    const withStep = await addNextStep(db, note.id, { text: '  Send pricing ', dueAt: 5_000 });
    const stepId = withStep.nextSteps?.[0]?.id ?? '';
    expect(withStep.nextSteps).toEqual([{ id: stepId, text: 'Send pricing', dueAt: 5_000, done: false }]);
    expect((await updateNextStep(db, note.id, stepId, { done: true, dueAt: null })).nextSteps?.[0]).toMatchObject({ done: true, dueAt: null });
    expect((await removeNextStep(db, note.id, stepId)).nextSteps).toEqual([]);
    await expect(addNextStep(db, note.id, { text: '   ', dueAt: null })).rejects.toThrow('needs some text');
    await expect(addNextStep(db, 'missing', { text: 'x', dueAt: null })).rejects.toBeInstanceOf(NoteNotFoundError);
  });

  it('lists the rep’s open next steps due by a time, earliest first, and follows changes', async () => {
    const a = await createNote(db, { ownerId: 'rep-1', title: 'Acme', accountId: 'acc-1' });
    const b = await createNote(db, { ownerId: 'rep-1', title: 'Globex' });
    const other = await createNote(db, { ownerId: 'rep-2', title: 'Not mine' });
    await addNextStep(db, a.id, { text: 'Send pricing', dueAt: 3_000 });
    await addNextStep(db, a.id, { text: 'No date', dueAt: null });
    await addNextStep(db, a.id, { text: 'Next month', dueAt: 90_000 });
    const done = await addNextStep(db, b.id, { text: 'Done already', dueAt: 1_000 });
    await updateNextStep(db, b.id, done.nextSteps?.[0]?.id ?? '', { done: true });
    await addNextStep(db, b.id, { text: 'Overdue', dueAt: 500 });
    await addNextStep(db, other.id, { text: 'Someone else’s', dueAt: 1_000 });

    const open = await firstValueFrom(observeOpenNextSteps(db, 'rep-1', 10_000));
    expect(open.map((o) => [o.step.text, o.noteTitle])).toEqual([
      ['Overdue', 'Globex'],
      ['Send pricing', 'Acme'],
    ]);
    expect(open[1]).toMatchObject({ noteId: a.id, accountId: 'acc-1' });
    expect(await firstValueFrom(observeOpenNextSteps(db, 'rep-3', 10_000))).toEqual([]);
  });

  it('looks only at notes edited since a time when asked to', async () => {
    const old = await createNote(db, { ownerId: 'rep-1', title: 'Old' }, 1_000);
    await addNextStep(db, old.id, { text: 'From an old note', dueAt: 5_000 }, 1_000);
    const recent = await createNote(db, { ownerId: 'rep-1', title: 'Recent' }, 50_000);
    await addNextStep(db, recent.id, { text: 'From a recent note', dueAt: 6_000 }, 50_000);
    const texts = async (since?: number) => (await firstValueFrom(observeOpenNextSteps(db, 'rep-1', 10_000, since))).map((o) => o.step.text);
    expect(await texts()).toEqual(['From an old note', 'From a recent note']);
    expect(await texts(40_000)).toEqual(['From a recent note']);
  });
});

describe('notes repository: tags and competitors', () => {
  it('adds labels trimmed and once whatever their case, and removes them', async () => {
    const note = await createNote(db, { ownerId: 'rep-1' });
    await addNoteLabel(db, note.id, 'tags', ' renewal ');
    await addNoteLabel(db, note.id, 'tags', 'Renewal');
    await addNoteLabel(db, note.id, 'competitors', 'Quantrel');
    expect(await getNote(db, note.id)).toMatchObject({ tags: ['renewal'], competitors: ['Quantrel'] });
    expect((await removeNoteLabel(db, note.id, 'tags', 'renewal')).tags).toEqual([]);
    await expect(addNoteLabel(db, note.id, 'tags', '   ')).rejects.toThrow('Write the label first.');
  });
});
