/**
 * A demo run in progress as a pure reducer: which step is on screen, the time spent on each step,
 * and whether the clock is running. Time is kept as completed milliseconds per step plus the
 * moment the current stretch began, so a run can be stored, reloaded and resumed exactly.
 */

export type RunMode = 'demo' | 'rehearsal';

export interface RunStep {
  title: string;
  plannedSec: number;
}

export interface RunState {
  /** Becomes the id of the activity the finished run is stored as. */
  id: string;
  scriptId: string;
  scriptVersion: number;
  mode: RunMode;
  meetingId: string | null;
  /** The call note quick notes go into, once the first one is written. */
  noteId: string | null;
  /** The steps as they were when the run began, so a script updated mid-run cannot skew it. */
  steps: RunStep[];
  current: number;
  /** Milliseconds spent on each step, not counting the stretch still running. */
  stepMs: number[];
  /** When the running stretch began; null while paused or ended. */
  runningSince: number | null;
  /** Who paused: the rep (stays paused) or leaving the player (resumes on return). */
  pausedBy: 'rep' | 'away' | null;
  startedAt: number;
  endedAt: number | null;
  /** Quick notes written during the run, by step. */
  notes: { step: number; text: string }[];
}

export type RunAction =
  | { type: 'start'; id: string; scriptId: string; scriptVersion: number; mode: RunMode; meetingId: string | null; steps: RunStep[]; now: number }
  | { type: 'next'; now: number }
  | { type: 'back'; now: number }
  | { type: 'toggle-pause'; now: number }
  | { type: 'leave'; now: number }
  | { type: 'return'; now: number }
  | { type: 'end'; now: number }
  | { type: 'note-added'; step: number; text: string; noteId: string };

/** Clocks can step backwards (NTP, a changed time zone setting): a stretch never counts below zero. */
function stretch(since: number | null, now: number): number {
  return since === null || !Number.isFinite(now) ? 0 : Math.max(0, now - since);
}

/** The state with the running stretch folded into the current step's time, clock stopped. */
function settle(state: RunState, now: number): RunState {
  const spent = stretch(state.runningSince, now);
  if (spent === 0 && state.runningSince === null) return state;
  const stepMs = state.stepMs.map((value, i) => (i === state.current ? value + spent : value));
  return { ...state, stepMs, runningSince: null };
}

function moveTo(state: RunState, index: number, now: number): RunState {
  if (index < 0 || index >= state.steps.length || index === state.current) return state;
  // Moving on means the rep is presenting again: a paused clock starts with the new step.
  return { ...settle(state, now), current: index, runningSince: now, pausedBy: null };
}

export function runReducer(state: RunState | null, action: RunAction): RunState | null {
  if (action.type === 'start') {
    if (action.steps.length === 0) return state;
    return {
      id: action.id,
      scriptId: action.scriptId,
      scriptVersion: action.scriptVersion,
      mode: action.mode,
      meetingId: action.meetingId,
      noteId: null,
      steps: action.steps.map((step) => ({ title: step.title, plannedSec: step.plannedSec })),
      current: 0,
      stepMs: action.steps.map(() => 0),
      runningSince: action.now,
      pausedBy: null,
      startedAt: action.now,
      endedAt: null,
      notes: [],
    };
  }
  if (state === null) return null;
  // An ended run is waiting to be stored: its times are final.
  if (state.endedAt !== null) return state;
  switch (action.type) {
    case 'next':
      return moveTo(state, state.current + 1, action.now);
    case 'back':
      return moveTo(state, state.current - 1, action.now);
    case 'toggle-pause':
      return state.runningSince === null
        ? { ...state, runningSince: action.now, pausedBy: null }
        : { ...settle(state, action.now), pausedBy: 'rep' };
    case 'leave':
      return state.runningSince === null ? state : { ...settle(state, action.now), pausedBy: 'away' };
    case 'return':
      return state.pausedBy === 'away' ? { ...state, runningSince: action.now, pausedBy: null } : state;
    case 'end':
      return { ...settle(state, action.now), pausedBy: null, endedAt: action.now };
    case 'note-added':
      return { ...state, noteId: action.noteId, notes: [...state.notes, { step: action.step, text: action.text }] };
  }
}

/** Time spent on each step at `now`, the running stretch included. */
export function stepTimesAt(state: Pick<RunState, 'stepMs' | 'current' | 'runningSince'>, now: number): number[] {
  const running = stretch(state.runningSince, now);
  return state.stepMs.map((value, i) => (i === state.current ? value + running : value));
}

export function plannedMsOf(state: RunState): number[] {
  return state.steps.map((step) => step.plannedSec * 1000);
}

export function isPaused(state: RunState): boolean {
  return state.runningSince === null && state.endedAt === null;
}

function isRunStep(value: unknown): value is RunStep {
  if (typeof value !== 'object' || value === null) return false;
  const step = value as Record<string, unknown>;
  return typeof step.title === 'string' && typeof step.plannedSec === 'number' && Number.isFinite(step.plannedSec) && step.plannedSec >= 0;
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTimeOrNull = (value: unknown): boolean => value === null || isTime(value);
const isTextOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/**
 * Checks a run read back from local storage (which another version of the app, an extension or
 * a hand edit may have written) before the player trusts it.
 */
export function isRunState(value: unknown): value is RunState {
  if (typeof value !== 'object' || value === null) return false;
  const run = value as Record<string, unknown>;
  const steps = run.steps;
  const stepMs = run.stepMs;
  const notes = run.notes;
  return (
    typeof run.id === 'string' &&
    typeof run.scriptId === 'string' &&
    typeof run.scriptVersion === 'number' &&
    (run.mode === 'demo' || run.mode === 'rehearsal') &&
    isTextOrNull(run.meetingId) &&
    isTextOrNull(run.noteId) &&
    Array.isArray(steps) &&
    steps.length > 0 &&
    steps.every(isRunStep) &&
    Array.isArray(stepMs) &&
    stepMs.length === steps.length &&
    stepMs.every(isTime) &&
    Number.isInteger(run.current) &&
    (run.current as number) >= 0 &&
    (run.current as number) < steps.length &&
    isTimeOrNull(run.runningSince) &&
    (run.pausedBy === null || run.pausedBy === 'rep' || run.pausedBy === 'away') &&
    isTime(run.startedAt) &&
    isTimeOrNull(run.endedAt) &&
    Array.isArray(notes) &&
    notes.every((note: unknown) => typeof note === 'object' && note !== null && typeof (note as { text?: unknown }).text === 'string' && Number.isInteger((note as { step?: unknown }).step))
  );
}
