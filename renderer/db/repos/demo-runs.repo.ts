/**
 * Demo runs: each finished run of a demo script is stored as an activity (demo_played, or
 * demo_rehearsed for practice) with the time spent on every step; quick notes taken during a run
 * go into the meeting's call note.
 */
import { map, type Observable } from 'rxjs';
import { appendDemoNote } from '../../../shared/domain/demo-notes.ts';
import type { Activity, CallNote } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { createNote } from './notes.repo.ts';

export type DemoRunKind = Extract<Activity['kind'], 'demo_played' | 'demo_rehearsed'>;
export const DEMO_RUN_KINDS: readonly DemoRunKind[] = ['demo_played', 'demo_rehearsed'];

export interface FinishedRun {
  id: string;
  ownerId: string;
  kind: DemoRunKind;
  scriptId: string;
  scriptVersion: number;
  meetingId: string | null;
  startedAt: number;
  endedAt: number;
  steps: { title: string; plannedSec: number; actualMs: number }[];
}

/** The activity schema's bounds: a label of 100 characters, a day per step at most. */
const MAX_TITLE = 100;
const MAX_PLANNED_SEC = 86_400;
const MAX_ACTUAL_MS = 86_400_000;

function clamp(value: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(0, value), max) : 0;
}

/**
 * Stores a finished run. Storing the same run twice (a retry after the app closed between the
 * write and forgetting the run) keeps the first copy.
 */
export async function recordDemoRun(db: FieldcaseDatabase, run: FinishedRun, now = Date.now()): Promise<Activity> {
  const existing = await db.activities.findOne(run.id).exec();
  if (existing) return existing.toMutableJSON();
  const doc = await db.activities.insert({
    id: run.id,
    ownerId: run.ownerId,
    kind: run.kind,
    subjectId: run.scriptId,
    subjectVersion: run.scriptVersion,
    at: run.startedAt,
    ...(run.meetingId ? { meetingId: run.meetingId } : {}),
    steps: run.steps.map((step, index) => ({
      index,
      title: step.title.slice(0, MAX_TITLE),
      plannedSec: clamp(step.plannedSec, MAX_PLANNED_SEC),
      actualMs: Math.round(clamp(step.actualMs, MAX_ACTUAL_MS)),
    })),
    createdAt: now,
    updatedAt: now,
  });
  return doc.toMutableJSON();
}

/** Past runs of one script, newest first: customer demos and rehearsals alike. */
export function observeDemoRuns(db: FieldcaseDatabase, scriptId: string): Observable<Activity[]> {
  return db.activities
    .find({ selector: { subjectId: scriptId, kind: { $in: [...DEMO_RUN_KINDS] } }, sort: [{ at: 'desc' }] })
    .$.pipe(map((docs) => docs.map((doc) => doc.toMutableJSON())));
}

export function observeDemoRun(db: FieldcaseDatabase, id: string): Observable<Activity | null> {
  return db.activities.findOne(id).$.pipe(
    map((doc) => {
      const activity = doc ? doc.toMutableJSON() : null;
      return activity && DEMO_RUN_KINDS.includes(activity.kind as DemoRunKind) ? activity : null;
    }),
  );
}


export interface DemoNote {
  ownerId: string;
  /** The call note earlier quick notes of this run went into, if any. */
  noteId: string | null;
  meetingId: string | null;
  /** Names a new note when the run is for no meeting. */
  scriptTitle: string;
  isRehearsal: boolean;
  stepTitle: string;
  text: string;
}

/**
 * Only a note of the run's owner: a manager playing a demo at a rep's meeting holds the rep's
 * notes too, but only the rep may change them, so the manager's quick notes start a note of their own.
 */
async function findTargetNote(db: FieldcaseDatabase, input: DemoNote) {
  if (input.noteId) {
    const byId = await db.call_notes.findOne(input.noteId).exec();
    if (byId && byId.ownerId === input.ownerId) return byId;
  }
  if (input.meetingId) {
    const forMeeting = await db.call_notes
      .find({ selector: { meetingId: input.meetingId, ownerId: input.ownerId }, sort: [{ updatedAt: 'desc' }], limit: 1 })
      .exec();
    if (forMeeting[0]) return forMeeting[0];
  }
  return null;
}

/**
 * Adds a quick note under the step's heading in the "Demo notes" section of the run's call
 * note: the note it went into before, else the meeting's note, else a new note (linked to the
 * meeting, its account and deal). Appends in one atomic read-modify-write, so an editor saving
 * the same note at the same moment loses nothing.
 */
export async function addDemoNote(db: FieldcaseDatabase, input: DemoNote, now = Date.now()): Promise<CallNote> {
  const target = await findTargetNote(db, input);
  if (target) {
    const updated = await target.incrementalModify((current) => ({
      ...current,
      body: appendDemoNote(current.body, input.stepTitle, input.text),
      updatedAt: now,
    }));
    return updated.toMutableJSON();
  }
  const meeting = input.meetingId ? await db.meetings.findOne(input.meetingId).exec() : null;
  const title = meeting ? meeting.title : `${input.isRehearsal ? 'Rehearsal' : 'Demo'}: ${input.scriptTitle}`;
  return createNote(
    db,
    {
      ownerId: input.ownerId,
      title: title.slice(0, 300),
      body: appendDemoNote('', input.stepTitle, input.text),
      meetingId: meeting ? meeting.id : null,
      accountId: meeting ? meeting.accountId : null,
      opportunityId: meeting ? meeting.opportunityId : null,
    },
    now,
  );
}

