/**
 * Pacing of a demo run against its script's plan: pure arithmetic on milliseconds, shared by the
 * player, the talk-track pop-out and the run summary.
 */

/** Within this much of the plan a run counts as on plan (a step's natural slack). */
export const ON_PLAN_TOLERANCE_MS = 15_000;

export type PaceStatus = 'ahead' | 'on-plan' | 'behind';

export interface Pace {
  /** Time spent on every step so far. */
  elapsedMs: number;
  plannedTotalMs: number;
  /** Time spent minus the plan's time to reach the same point: positive is behind, negative ahead. */
  deltaMs: number;
  status: PaceStatus;
  /** When the run ends if every remaining step takes its planned time. */
  projectedTotalMs: number;
  stepElapsedMs: number;
  stepPlannedMs: number;
  /** How far the current step has run past its plan (0 while within it). */
  stepOverMs: number;
}

/** A time that cannot be trusted (NaN, negative, infinite) counts as none. */
function ms(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;
}

function statusOf(deltaMs: number): PaceStatus {
  if (deltaMs > ON_PLAN_TOLERANCE_MS) return 'behind';
  if (deltaMs < -ON_PLAN_TOLERANCE_MS) return 'ahead';
  return 'on-plan';
}

/**
 * `actualMs[i]` is the time spent on step i so far (for the current step, including the running
 * time). The current step only counts against the plan once it runs past its planned length, so
 * a run never shows "ahead" just because a step has only begun.
 */
export function paceOf(plannedMs: readonly number[], actualMs: readonly number[], current: number): Pace {
  const count = plannedMs.length;
  const at = count === 0 ? 0 : Math.min(Math.max(0, Math.trunc(current) || 0), count - 1);
  let elapsedMs = 0;
  let plannedTotalMs = 0;
  let plannedToHere = 0;
  let remainingMs = 0;
  for (let i = 0; i < count; i += 1) {
    const planned = ms(plannedMs[i]);
    const actual = ms(actualMs[i]);
    elapsedMs += actual;
    plannedTotalMs += planned;
    if (i < at) plannedToHere += planned;
    else if (i === at) plannedToHere += Math.min(actual, planned);
    if (i >= at) remainingMs += Math.max(0, planned - actual);
  }
  const stepElapsedMs = ms(actualMs[at]);
  const stepPlannedMs = ms(plannedMs[at]);
  const deltaMs = elapsedMs - plannedToHere;
  return {
    elapsedMs,
    plannedTotalMs,
    deltaMs,
    status: statusOf(deltaMs),
    projectedTotalMs: elapsedMs + remainingMs,
    stepElapsedMs,
    stepPlannedMs,
    stepOverMs: Math.max(0, stepElapsedMs - stepPlannedMs),
  };
}

export interface StepResult {
  title: string;
  plannedMs: number;
  actualMs: number;
}

export interface StepSummary extends StepResult {
  /** Actual minus planned: positive went long. */
  overMs: number;
  /** Went long by more than its slack: a quarter of its plan, and at least the on-plan tolerance. */
  isLong: boolean;
}

export interface RunSummary {
  steps: StepSummary[];
  plannedTotalMs: number;
  actualTotalMs: number;
  deltaMs: number;
  status: PaceStatus;
  /** The step that ran longest past its plan, if any went long. */
  longest: StepSummary | null;
}

export function isLongStep(plannedMs: number, actualMs: number): boolean {
  return ms(actualMs) - ms(plannedMs) > Math.max(ON_PLAN_TOLERANCE_MS, ms(plannedMs) / 4);
}

export function summarizeRun(steps: readonly StepResult[]): RunSummary {
  const summaries = steps.map((step): StepSummary => {
    const plannedMs = ms(step.plannedMs);
    const actualMs = ms(step.actualMs);
    return { title: step.title, plannedMs, actualMs, overMs: actualMs - plannedMs, isLong: isLongStep(plannedMs, actualMs) };
  });
  const plannedTotalMs = summaries.reduce((sum, step) => sum + step.plannedMs, 0);
  const actualTotalMs = summaries.reduce((sum, step) => sum + step.actualMs, 0);
  const longest = summaries.filter((step) => step.isLong).reduce<StepSummary | null>((top, step) => (top === null || step.overMs > top.overMs ? step : top), null);
  const deltaMs = actualTotalMs - plannedTotalMs;
  return { steps: summaries, plannedTotalMs, actualTotalMs, deltaMs, status: statusOf(deltaMs), longest };
}

/** "4:05", "1:02:03": a stopwatch reading, whole seconds rounded down. */
export function formatDuration(value: number): string {
  const totalSec = Math.floor(ms(value) / 1000);
  const hours = Math.floor(totalSec / 3600);
  const minutes = Math.floor((totalSec % 3600) / 60);
  const seconds = String(totalSec % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "1:05 behind plan", "0:30 ahead of plan", "On plan". */
export function describePace(deltaMs: number): string {
  const status = statusOf(Number.isFinite(deltaMs) ? deltaMs : 0);
  if (status === 'on-plan') return 'On plan';
  return status === 'behind' ? `${formatDuration(deltaMs)} behind plan` : `${formatDuration(-deltaMs)} ahead of plan`;
}
