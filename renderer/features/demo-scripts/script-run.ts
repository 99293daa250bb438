/** Between a published script, a run in progress and the activity a finished run is stored as. */
import type { FinishedRun } from '../../db/repos/demo-runs.repo.ts';
import type { Activity, DemoScript } from '../../../shared/schemas/index.ts';
import type { TalkTrackView } from '../talk-track/talk-track-channel.ts';
import type { StepResult } from './pacing.ts';
import { plannedMsOf, type RunState, type RunStep } from './run-state.ts';

export function plannedTotalMs(script: Pick<DemoScript, 'steps'>): number {
  return script.steps.reduce((sum, step) => sum + step.durationSec * 1000, 0);
}

export function runStepsOf(script: Pick<DemoScript, 'steps'>): RunStep[] {
  return script.steps.map((step) => ({ title: step.title, plannedSec: step.durationSec }));
}

/** The record of an ended run; null while it is still going. */
export function finishedRunOf(run: RunState, ownerId: string): FinishedRun | null {
  if (run.endedAt === null) return null;
  return {
    id: run.id,
    ownerId,
    kind: run.mode === 'rehearsal' ? 'demo_rehearsed' : 'demo_played',
    scriptId: run.scriptId,
    scriptVersion: run.scriptVersion,
    meetingId: run.meetingId,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    steps: run.steps.map((step, i) => ({ title: step.title, plannedSec: step.plannedSec, actualMs: run.stepMs[i] ?? 0 })),
  };
}

/** A stored run's steps as the pacing math reads them. */
export function stepResultsOf(run: Pick<Activity, 'steps'>): StepResult[] {
  return (run.steps ?? []).map((step) => ({
    title: step.title ?? `Step ${step.index + 1}`,
    plannedMs: (step.plannedSec ?? 0) * 1000,
    actualMs: step.actualMs,
  }));
}

export function scriptPath(scriptId: string): string {
  return `/demo-scripts/${encodeURIComponent(scriptId)}`;
}

export function playPath(scriptId: string): string {
  return `${scriptPath(scriptId)}/play`;
}

export function runPath(scriptId: string, runId: string): string {
  return `${scriptPath(scriptId)}/runs/${encodeURIComponent(runId)}`;
}

/**
 * A step's content from the live script, or only the run's own title and plan when the script
 * is gone or its step no longer matches (updated by sync mid-run).
 */
export function stepContent(script: Pick<DemoScript, 'steps'> | null, run: Pick<RunState, 'steps'>, index: number): DemoScript['steps'][number] {
  const live = script?.steps[index];
  const title = run.steps[index]?.title ?? live?.title ?? '';
  return live && live.title === title ? live : { title, talkTrack: '', action: '', durationSec: run.steps[index]?.plannedSec ?? 0 };
}

/** What the talk-track pop-out shows of a run. */
export function talkTrackViewOf(script: Pick<DemoScript, 'title' | 'steps'> | null, run: RunState): TalkTrackView {
  const step = stepContent(script, run, run.current);
  const hasNext = run.current + 1 < run.steps.length;
  return {
    scriptId: run.scriptId,
    scriptTitle: script?.title ?? 'Demo script',
    isRehearsal: run.mode === 'rehearsal',
    current: run.current,
    title: step.title,
    talkTrack: step.talkTrack,
    action: step.action,
    nextTitle: hasNext ? stepContent(script, run, run.current + 1).title : null,
    plannedMs: plannedMsOf(run),
    stepMs: run.stepMs,
    runningSince: run.runningSince,
  };
}
