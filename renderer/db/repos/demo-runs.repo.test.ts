import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { addDemoNote, observeDemoRun, observeDemoRuns, recordDemoRun, type FinishedRun } from './demo-runs.repo.ts';
import { observeMeetingsStarting } from './meetings.repo.ts';
import { createNote, getNote } from './notes.repo.ts';

function meeting(id: string, startsAt: number): Meeting {
  return {
    id,
    ownerId: 'rep-1',
    accountId: 'acct-1',
    opportunityId: 'opp-1',
    title: `Meeting ${id}`,
    kind: 'demo',
    startsAt,
    createdAt: 1,
    updatedAt: 1,
  };
}

const run: FinishedRun = {
  id: 'run-1',
  ownerId: 'rep-1',
  kind: 'demo_played',
  scriptId: 'script-1',
  scriptVersion: 3,
  meetingId: 'mtg-1',
  startedAt: 10_000,
  endedAt: 200_000,
  steps: [
    { title: 'Intro', plannedSec: 60, actualMs: 75_400.6 },
    { title: 'x'.repeat(300), plannedSec: 120, actualMs: 100_000 },
  ],
};

const note = { ownerId: 'rep-1', noteId: null, meetingId: 'mtg-1', scriptTitle: 'Exec overview', isRehearsal: false, stepTitle: 'Intro', text: 'Wants SSO' };

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase(['activities', 'call_notes', 'meetings']);
});
afterEach(async () => {
  await db.remove();
});

describe('demo runs repository', () => {
  it('stores a run as an activity with the time of every step', async () => {
    const stored = await recordDemoRun(db, run, 300_000);
    expect(stored).toMatchObject({ id: 'run-1', kind: 'demo_played', subjectId: 'script-1', subjectVersion: 3, meetingId: 'mtg-1', at: 10_000 });
    expect(stored.steps).toEqual([
      { index: 0, title: 'Intro', plannedSec: 60, actualMs: 75_401 },
      { index: 1, title: 'x'.repeat(100), plannedSec: 120, actualMs: 100_000 },
    ]);
    expect(await firstValueFrom(observeDemoRun(db, 'run-1'))).toEqual(stored);
  });

  it('stores a run for no meeting without a meeting id, and clamps impossible times', async () => {
    const stored = await recordDemoRun(db, {
      ...run,
      id: 'run-2',
      kind: 'demo_rehearsed',
      meetingId: null,
      steps: [{ title: 'Intro', plannedSec: -5, actualMs: Number.NaN }, { title: 'Long', plannedSec: 1e9, actualMs: 1e12 }],
    });
    expect(stored.meetingId).toBeUndefined();
    expect(stored.steps).toEqual([
      { index: 0, title: 'Intro', plannedSec: 0, actualMs: 0 },
      { index: 1, title: 'Long', plannedSec: 86_400, actualMs: 86_400_000 },
    ]);
  });

  it('keeps the first copy when the same run is stored twice', async () => {
    await recordDemoRun(db, run);
    const again = await recordDemoRun(db, { ...run, steps: [{ title: 'Other', plannedSec: 1, actualMs: 1 }] });
    expect(again.steps?.[0]?.title).toBe('Intro');
    expect(await db.activities.count().exec()).toBe(1);
  });

  it('lists the runs of one script, newest first, and nothing else', async () => {
    await recordDemoRun(db, run);
    await recordDemoRun(db, { ...run, id: 'run-3', kind: 'demo_rehearsed', startedAt: 50_000 });
    await recordDemoRun(db, { ...run, id: 'run-4', scriptId: 'script-2' });
    await db.activities.insert({ id: 'card-view', ownerId: 'rep-1', kind: 'card_reviewed', subjectId: 'script-1', at: 90_000, createdAt: 1, updatedAt: 1 });
    const runs = await firstValueFrom(observeDemoRuns(db, 'script-1'));
    expect(runs.map((r) => r.id)).toEqual(['run-3', 'run-1']);
    expect(await firstValueFrom(observeDemoRun(db, 'card-view'))).toBeNull();
  });

  it('lists the meetings starting in a range, soonest first', async () => {
    await db.meetings.bulkInsert([meeting('late', 5_000), meeting('early', 2_000), meeting('before', 500), meeting('after', 9_000)]);
    const meetings = await firstValueFrom(observeMeetingsStarting(db, { from: 1_000, to: 9_000 }));
    expect(meetings.map((m) => m.id)).toEqual(['early', 'late']);
  });
});

describe('quick notes from a demo run', () => {
  it("starts the meeting's call note, linked to the meeting, its account and deal", async () => {
    await db.meetings.insert(meeting('mtg-1', 5_000));
    const created = await addDemoNote(db, note, 7_000);
    expect(created).toMatchObject({
      title: 'Meeting mtg-1',
      meetingId: 'mtg-1',
      accountId: 'acct-1',
      opportunityId: 'opp-1',
      ownerId: 'rep-1',
      body: '## Demo notes\n\n### Intro\n- Wants SSO\n',
      updatedAt: 7_000,
    });
  });

  it("adds to the meeting's existing note without touching its text", async () => {
    const existing = await createNote(db, { ownerId: 'rep-1', meetingId: 'mtg-1', title: 'Visit', body: 'Dana joined late.' });
    const updated = await addDemoNote(db, { ...note, stepTitle: 'Drill' }, 9_000);
    expect(updated.id).toBe(existing.id);
    expect(updated.body).toBe('Dana joined late.\n\n## Demo notes\n\n### Drill\n- Wants SSO\n');
    expect(updated.updatedAt).toBe(9_000);
  });

  it("never writes into another rep's note of the meeting: the run's owner gets a note of their own", async () => {
    await db.meetings.insert(meeting('mtg-1', 5_000));
    const rivals = await createNote(db, { ownerId: 'rep-2', meetingId: 'mtg-1', title: 'Rep 2 visit', body: 'Theirs' });
    const byMeeting = await addDemoNote(db, note, 7_000);
    const byId = await addDemoNote(db, { ...note, noteId: rivals.id, text: 'Again' }, 8_000);
    expect(byMeeting).toMatchObject({ ownerId: 'rep-1', meetingId: 'mtg-1' });
    expect(byMeeting.id).not.toBe(rivals.id);
    expect(byId.id).toBe(byMeeting.id);
    expect(await getNote(db, rivals.id)).toMatchObject({ body: 'Theirs', updatedAt: rivals.updatedAt });
  });

  it('keeps writing into the note of the run, even one not linked to the meeting', async () => {
    const first = await addDemoNote(db, { ...note, meetingId: null });
    expect(first.title).toBe('Demo: Exec overview');
    expect(first.meetingId).toBeNull();
    const second = await addDemoNote(db, { ...note, meetingId: null, noteId: first.id, text: 'Second' });
    expect(second.id).toBe(first.id);
    expect((await getNote(db, first.id))?.body).toBe('## Demo notes\n\n### Intro\n- Wants SSO\n- Second\n');
    expect(await db.call_notes.count().exec()).toBe(1);
  });

  it('names a rehearsal note as a rehearsal, and starts a new note when the old one was deleted', async () => {
    const first = await addDemoNote(db, { ...note, meetingId: null, isRehearsal: true });
    expect(first.title).toBe('Rehearsal: Exec overview');
    await (await db.call_notes.findOne(first.id).exec())?.remove();
    const second = await addDemoNote(db, { ...note, meetingId: null, isRehearsal: true, noteId: first.id });
    expect(second.id).not.toBe(first.id);
  });

  it('loses neither the editor’s save nor the quick note when both land at once', async () => {
    const existing = await createNote(db, { ownerId: 'rep-1', meetingId: 'mtg-1', body: 'Start' });
    const doc = await db.call_notes.findOne(existing.id).exec();
    await Promise.all([
      doc?.incrementalModify((current) => ({ ...current, body: `typed ${current.body}` })),
      addDemoNote(db, note),
    ]);
    const body = (await getNote(db, existing.id))?.body ?? '';
    expect(body).toContain('typed Start');
    expect(body).toContain('- Wants SSO');
  });
});
