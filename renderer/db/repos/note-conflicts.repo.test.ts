import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { observeConflictedNoteCount } from './note-conflicts.repo.ts';
import { createNote, saveNoteDraft, settleNoteConflict, updateNote } from './notes.repo.ts';

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase(['call_notes']);
});
afterEach(async () => {
  await db.remove();
});

async function noteWithConflict(title: string) {
  const base = { title, body: 'Budget\n\nTimeline\n' };
  const note = await createNote(db, { ownerId: 'rep-1', ...base });
  await updateNote(db, note.id, { body: 'Budget\n\nTimeline: Q4\n' });
  return saveNoteDraft(db, note.id, base, { ...base, body: 'Budget\n\nTimeline: Q3\n' });
}

describe('observeConflictedNoteCount', () => {
  it('counts notes with unsettled conflicts only', async () => {
    const count$ = observeConflictedNoteCount(db);
    expect(await firstValueFrom(count$)).toBe(0);

    await createNote(db, { ownerId: 'rep-1', title: 'Plain' });
    const first = await noteWithConflict('QBR');
    await noteWithConflict('Kick-off');
    expect(await firstValueFrom(count$)).toBe(2);

    await settleNoteConflict(db, first.id, first.conflicts?.[0]?.id ?? '', 'mine');
    expect(await firstValueFrom(count$)).toBe(1);
  });
});
