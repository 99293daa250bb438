import { Link, useParams } from 'react-router';
import { LoadState } from '../../ui/LoadState.tsx';
import { formatDuration } from './pacing.ts';
import { PastRuns } from './PastRuns.tsx';
import { plannedTotalMs } from './script-run.ts';
import { StartRunForm } from './StartRunForm.tsx';
import { useDemoScript } from './useDemoScripts.ts';
import './demo-scripts.css';

/** One script: its steps and planned time, starting a demo or a rehearsal, and its past runs. */
export function DemoScriptScreen() {
  const { scriptId = '' } = useParams();
  const script = useDemoScript(scriptId);
  return (
    <section aria-labelledby="screen-title" className="demo-script">
      <Link className="back" to="/demo-scripts">
        All demo scripts
      </Link>
      <LoadState query={script}>
        {(found) =>
          found === null ? (
            <>
              <h1 id="screen-title">Script not found</h1>
              <p role="status">This demo script is not on this laptop. It may have been withdrawn.</p>
            </>
          ) : (
            <>
              <p className="eyebrow">
                {found.product} · for {found.persona} · version {found.version}
              </p>
              <h1 id="screen-title">{found.title}</h1>
              {found.summary && <p className="summary">{found.summary}</p>}
              <StartRunForm script={found} />
              <section aria-labelledby="steps-heading">
                <h2 id="steps-heading">
                  {found.steps.length} steps, {formatDuration(plannedTotalMs(found))} planned
                </h2>
                <ol aria-label="Steps" className="script-steps">
                  {found.steps.map((step, i) => (
                    <li key={i}>
                      <strong>{step.title}</strong> <span className="muted">({formatDuration(step.durationSec * 1000)})</span>
                      <p className="muted">{step.action}</p>
                    </li>
                  ))}
                </ol>
              </section>
              <PastRuns scriptId={found.id} />
            </>
          )
        }
      </LoadState>
    </section>
  );
}
