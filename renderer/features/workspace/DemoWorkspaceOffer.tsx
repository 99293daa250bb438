import { useState } from 'react';
import { useSession } from '../../app/session.store.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { loadDemoWorkspace } from './load-demo-workspace.ts';

type LoadState = { state: 'idle' } | { state: 'loading'; done: number; total: number } | { state: 'failed'; message: string };

/** Shown while the laptop holds nothing: one click fills it with a realistic sales workspace. */
export function DemoWorkspaceOffer() {
  const db = useDatabase();
  const rep = useSession((s) => s.userId);
  const [load, setLoad] = useState<LoadState>({ state: 'idle' });

  const start = () => {
    setLoad({ state: 'loading', done: 0, total: 0 });
    loadDemoWorkspace(db, rep, (done, total) => setLoad({ state: 'loading', done, total })).then(
      // The live queries see the new documents and replace this offer.
      () => setLoad({ state: 'idle' }),
      (error: unknown) => setLoad({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <section className="offer" aria-labelledby="offer-title">
      <h2 id="offer-title">This laptop has no Fieldcase data yet</h2>
      <p>
        Fieldcase keeps battle cards, demo scripts, accounts and your call notes on this laptop, so everything
        works with no signal. Try it with a demo workspace: four competitors’ battle cards, demo scripts, a
        handful of accounts with open deals and this week’s meetings.
      </p>
      <button type="button" onClick={start} disabled={load.state === 'loading'}>
        Try the demo workspace
      </button>
      {load.state === 'loading' && (
        <p role="status">
          Loading the demo workspace…
          {load.total > 0 && (
            <progress max={load.total} value={load.done} aria-label="Demo workspace loaded so far" />
          )}
        </p>
      )}
      {load.state === 'failed' && <p role="alert">The demo workspace could not be loaded: {load.message}</p>}
    </section>
  );
}
