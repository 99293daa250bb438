import { of } from 'rxjs';
import { observeDemoRun, observeDemoRuns } from '../../db/repos/demo-runs.repo.ts';
import { observeMeeting, observeMeetingsStarting } from '../../db/repos/meetings.repo.ts';
import { observeDemoScript, observeDemoScripts } from '../../db/repos/demo-scripts.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export function useDemoScripts() {
  return useLiveQuery('demo-scripts', observeDemoScripts);
}

export function useDemoScript(id: string) {
  return useLiveQuery(`demo-script:${id}`, (db) => observeDemoScript(db, id));
}

export function usePastRuns(scriptId: string) {
  return useLiveQuery(`demo-runs:${scriptId}`, (db) => observeDemoRuns(db, scriptId));
}

export function usePastRun(id: string) {
  return useLiveQuery(`demo-run:${id}`, (db) => observeDemoRun(db, id));
}

export function useMeetingsStarting(from: number, to: number) {
  return useLiveQuery(`meetings:${from}:${to}`, (db) => observeMeetingsStarting(db, { from, to }));
}

export function useMeeting(id: string | null) {
  return useLiveQuery(`meeting:${id ?? ''}`, (db) => (id ? observeMeeting(db, id) : of(null)));
}
