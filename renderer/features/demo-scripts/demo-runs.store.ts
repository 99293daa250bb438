import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRunState, runReducer, type RunAction, type RunState } from './run-state.ts';

/**
 * Runs in progress, one per script, kept in local storage: leaving the player, reloading or
 * closing the window loses neither the step nor the times. A run leaves this store once it has
 * been stored as an activity.
 */
interface RunsInProgressState {
  runs: Record<string, RunState>;
  dispatch(scriptId: string, action: RunAction): void;
  discard(scriptId: string): void;
}

/** Keeps only the runs that pass the checks; anything else in storage is dropped, not trusted. */
export function validRuns(value: unknown): Record<string, RunState> {
  if (typeof value !== 'object' || value === null) return {};
  const runs = (value as { runs?: unknown }).runs;
  if (typeof runs !== 'object' || runs === null) return {};
  return Object.fromEntries(Object.entries(runs).filter(([scriptId, run]) => isRunState(run) && run.scriptId === scriptId));
}

export const useRunsInProgress = create<RunsInProgressState>()(
  persist(
    (set) => ({
      runs: {},
      dispatch: (scriptId, action) =>
        set((state) => {
          const before = state.runs[scriptId] ?? null;
          const after = runReducer(before, action);
          if (after === before) return state;
          const runs = { ...state.runs };
          if (after === null) delete runs[scriptId];
          else runs[scriptId] = after;
          return { runs };
        }),
      discard: (scriptId) =>
        set((state) => {
          const runs = { ...state.runs };
          delete runs[scriptId];
          return { runs };
        }),
    }),
    {
      name: 'fieldcase:demo-runs',
      version: 1,
      partialize: (state) => ({ runs: state.runs }),
      merge: (persisted, current) => ({ ...current, runs: validRuns(persisted) }),
    },
  ),
);

// Another window of the app (a second main window) may play or end a run: take its writes, so
// this window never writes back an older copy over them.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === useRunsInProgress.persist.getOptions().name) void useRunsInProgress.persist.rehydrate();
  });
}
