import { Link } from 'react-router';
import { LoadState } from '../../ui/LoadState.tsx';
import { DemoWorkspaceOffer } from '../workspace/DemoWorkspaceOffer.tsx';
import { useDemoScriptsUi } from './demo-scripts.store.ts';
import { useRunsInProgress } from './demo-runs.store.ts';
import { formatDuration } from './pacing.ts';
import { plannedTotalMs, scriptPath } from './script-run.ts';
import { useDemoScripts } from './useDemoScripts.ts';

function distinct(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

function Filter({ label, all, options, value, onChange }: { label: string; all: string; options: string[]; value: string | null; onChange(value: string | null): void }) {
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}

export function DemoScriptsScreen() {
  const scripts = useDemoScripts();
  const { product, persona, showProduct, showPersona } = useDemoScriptsUi();
  const runs = useRunsInProgress((s) => s.runs);

  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Demo scripts</h1>
      <LoadState query={scripts}>
        {(all) => {
          if (all.length === 0) return <DemoWorkspaceOffer />;
          const shown = all.filter((s) => (product === null || s.product === product) && (persona === null || s.persona === persona));
          return (
            <>
              <div className="filters" role="group" aria-label="Filter scripts">
                <Filter label="Product" all="All products" options={distinct(all.map((s) => s.product))} value={product} onChange={showProduct} />
                <Filter label="Persona" all="All personas" options={distinct(all.map((s) => s.persona))} value={persona} onChange={showPersona} />
              </div>
              {shown.length === 0 ? (
                <p role="status">
                  No script for this product and persona.{' '}
                  <button
                    type="button"
                    onClick={() => {
                      showProduct(null);
                      showPersona(null);
                    }}
                  >
                    Show all scripts
                  </button>
                </p>
              ) : (
                <ul className="card-list" aria-label="Scripts">
                  {shown.map((script) => {
                    const run = runs[script.id];
                    return (
                      <li key={script.id}>
                        <Link to={scriptPath(script.id)}>{script.title}</Link>
                        <p className="muted">
                          {script.product} · for {script.persona} · {script.steps.length} steps · {formatDuration(plannedTotalMs(script))} planned
                          {run && (
                            <strong>
                              {' '}
                              · {run.mode === 'rehearsal' ? 'Rehearsal' : 'Demo'} in progress, step {run.current + 1} of {run.steps.length}
                            </strong>
                          )}
                        </p>
                        {script.summary && <p className="muted">{script.summary}</p>}
                      </li>
                    );
                  })}
                </ul>
              )}
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
