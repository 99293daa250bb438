import { Link, useParams } from 'react-router';
import { LoadState } from '../../ui/LoadState.tsx';
import { describeRunTime } from './meeting-time.ts';
import { describePace, formatDuration, summarizeRun } from './pacing.ts';
import { scriptPath, stepResultsOf } from './script-run.ts';
import { useDemoScript, useMeeting, usePastRun } from './useDemoScripts.ts';
import './pace.css';
import './demo-scripts.css';

function signed(ms: number): string {
  if (ms === 0) return '0:00';
  return `${ms > 0 ? '+' : '−'}${formatDuration(Math.abs(ms))}`;
}

/** One stored run: each step planned against actual, and where the run went long. */
export function DemoRunSummaryScreen() {
  const { scriptId = '', runId = '' } = useParams();
  const run = usePastRun(runId);
  const script = useDemoScript(scriptId);
  const meetingId = run.status === 'ready' && run.data?.meetingId ? run.data.meetingId : null;
  const meeting = useMeeting(meetingId);
  const scriptTitle = script.status === 'ready' && script.data ? script.data.title : 'Demo script';

  return (
    <section aria-labelledby="screen-title" className="run-summary">
      <Link className="back" to={scriptPath(scriptId)}>
        Back to the script
      </Link>
      <h1 id="screen-title">Run summary</h1>
      <LoadState query={run}>
        {(found) => {
          if (found === null) return <p role="status">This run is not on this laptop.</p>;
          const summary = summarizeRun(stepResultsOf(found));
          return (
            <>
              <p className="eyebrow">
                {found.kind === 'demo_rehearsed' ? 'Rehearsal' : 'Demo'} of {scriptTitle} · {describeRunTime(found.at)}
                {meeting.status === 'ready' && meeting.data && ` · ${meeting.data.title}`}
              </p>
              <p className="summary">
                {formatDuration(summary.actualTotalMs)} against {formatDuration(summary.plannedTotalMs)} planned:{' '}
                <strong className={`pace pace-${summary.status}`}>{describePace(summary.deltaMs)}</strong>.
              </p>
              <p role="status">
                {summary.longest
                  ? `Went long at ${summary.longest.title} (${signed(summary.longest.overMs)}).`
                  : 'No step went long.'}
              </p>
              <table className="counts run-steps">
                <caption>Time per step</caption>
                <thead>
                  <tr>
                    <th scope="col">Step</th>
                    <th scope="col">Planned</th>
                    <th scope="col">Actual</th>
                    <th scope="col">Difference</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.steps.map((step, i) => (
                    <tr key={i} className={step.isLong ? 'long' : undefined}>
                      <th scope="row">{step.title}</th>
                      <td>{formatDuration(step.plannedMs)}</td>
                      <td>{formatDuration(step.actualMs)}</td>
                      <td>
                        {step.actualMs === 0 ? 'skipped' : signed(step.overMs)}
                        {step.isLong && <strong> went long</strong>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p>
                <Link to={scriptPath(scriptId)}>Play it again</Link>
              </p>
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
