import { Link } from 'react-router';
import { LoadState } from '../../ui/LoadState.tsx';
import { describeRunTime } from './meeting-time.ts';
import { describePace, formatDuration, summarizeRun } from './pacing.ts';
import { runPath, stepResultsOf } from './script-run.ts';
import { usePastRuns } from './useDemoScripts.ts';

/** Every stored run of a script, newest first, each linking to its summary. */
export function PastRuns({ scriptId }: { scriptId: string }) {
  const runs = usePastRuns(scriptId);
  return (
    <section aria-labelledby="past-runs-heading">
      <h2 id="past-runs-heading">Past runs</h2>
      <LoadState query={runs}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">Not played or rehearsed on this laptop yet.</p>
          ) : (
            <ul aria-label="Past runs" className="card-list">
              {list.map((run) => {
                const summary = summarizeRun(stepResultsOf(run));
                return (
                  <li key={run.id}>
                    <Link to={runPath(scriptId, run.id)}>
                      {run.kind === 'demo_rehearsed' ? 'Rehearsal' : 'Demo'}, {describeRunTime(run.at)}
                    </Link>
                    <p className="muted">
                      {formatDuration(summary.actualTotalMs)} of {formatDuration(summary.plannedTotalMs)} planned ·{' '}
                      {describePace(summary.deltaMs)}
                      {summary.longest && ` · went long at ${summary.longest.title}`}
                    </p>
                  </li>
                );
              })}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
