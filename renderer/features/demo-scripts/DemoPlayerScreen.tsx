import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/session.store.ts';
import { recordDemoRun } from '../../db/repos/demo-runs.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { DemoPlayer } from './DemoPlayer.tsx';
import { useRunsInProgress } from './demo-runs.store.ts';
import { finishedRunOf, runPath, scriptPath } from './script-run.ts';
import { useDemoScript } from './useDemoScripts.ts';

/**
 * The player's route: the run in progress for this script (resumed where it was left), or what
 * to do when there is none. Ending a run stores it as an activity, then shows its summary; a run
 * that could not be stored stays here, ended, until it is.
 */
export function DemoPlayerScreen() {
  const { scriptId = '' } = useParams();
  const db = useDatabase();
  const navigate = useNavigate();
  const ownerId = useSession((s) => s.userId);
  const script = useDemoScript(scriptId);
  const run = useRunsInProgress((s) => s.runs[scriptId]);
  const [storeError, setStoreError] = useState<string | null>(null);

  const store = () => {
    setStoreError(null);
    const ended = useRunsInProgress.getState().runs[scriptId];
    const finished = ended ? finishedRunOf(ended, ownerId) : null;
    if (!finished) return;
    recordDemoRun(db, finished).then(
      (activity) => {
        navigate(runPath(scriptId, activity.id), { replace: true });
        useRunsInProgress.getState().discard(scriptId);
      },
      (cause: unknown) => setStoreError(cause instanceof Error ? cause.message : String(cause)),
    );
  };

  const end = () => {
    useRunsInProgress.getState().dispatch(scriptId, { type: 'end', now: Date.now() });
    store();
  };

  if (!run) {
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title">No run in progress</h1>
        <p>Start a demo or a rehearsal from the script.</p>
        <Link to={scriptPath(scriptId)}>Back to the script</Link>
      </section>
    );
  }

  if (run.endedAt !== null) {
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title">{run.mode === 'rehearsal' ? 'Rehearsal' : 'Demo'} ended</h1>
        {storeError ? (
          <p role="alert">The run could not be stored on this laptop: {storeError}</p>
        ) : (
          <p role="status">The run ended and is not stored yet. Its times are kept here until it is.</p>
        )}
        <button type="button" onClick={store}>
          Store the run
        </button>
      </section>
    );
  }

  return (
    <LoadState query={script}>
      {(found) => <DemoPlayer script={found} run={run} onEnd={end} />}
    </LoadState>
  );
}
