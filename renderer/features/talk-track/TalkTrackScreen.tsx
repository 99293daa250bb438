import { useEffect, useState } from 'react';
import { getTalkTrackControls } from '../../platform/platform.ts';
import { useNow } from '../../ui/useNow.ts';
import { describePace, formatDuration, paceOf } from '../demo-scripts/pacing.ts';
import { usePlayerKeys } from '../demo-scripts/usePlayerKeys.ts';
import { stepTimesAt } from '../demo-scripts/run-state.ts';
import { useTalkTrackFollower } from './useTalkTrackFollower.ts';
import '../demo-scripts/pace.css';
import './talk-track.css';

/**
 * The talk-track pop-out (route /talk-track, shown without the app's navigation): the current
 * step's talk track, the next step and the clock, kept in step with the demo player. A browser
 * popup on the web; on the desktop a small always-on-top window that screen sharing leaves out.
 */
export function TalkTrackScreen() {
  const { state, send } = useTalkTrackFollower();
  const now = useNow(1_000);
  const [controls] = useState(getTalkTrackControls);
  const [isOnTop, setOnTop] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Talk track';
  }, []);

  usePlayerKeys({ next: () => send('next'), back: () => send('back'), pause: () => send('pause'), end: () => undefined }, state.status === 'following');

  const close = () => controls.close().catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  const togglePin = () => {
    controls.setAlwaysOnTop(!isOnTop).then(
      () => setOnTop(!isOnTop),
      (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)),
    );
  };

  const windowControls = (
    <div className="talk-track-window" role="group" aria-label="Window">
      {controls.canStayOnTop && (
        <button type="button" aria-pressed={isOnTop} onClick={togglePin}>
          Keep on top
        </button>
      )}
      <button type="button" aria-label="Close talk track" onClick={close}>
        Close
      </button>
    </div>
  );

  if (state.status !== 'following') {
    return (
      <main className="talk-track" aria-labelledby="talk-track-title">
        <header className="talk-track-head">
          <h1 id="talk-track-title">Talk track</h1>
          {windowControls}
        </header>
        <p role="status" className="talk-track-body">
          {state.status === 'closed'
            ? 'The demo player was closed. Open the demo in Fieldcase to carry on; this window follows it.'
            : 'Waiting for the demo player… Start or resume a demo in Fieldcase.'}
        </p>
        {error && <p role="alert">{error}</p>}
      </main>
    );
  }

  const { view } = state;
  const pace = paceOf(view.plannedMs, stepTimesAt(view, now), view.current);
  const isPaused = view.runningSince === null;
  return (
    <main className="talk-track" aria-labelledby="talk-track-title">
      <header className="talk-track-head">
        <p className="talk-track-meta">
          {view.isRehearsal ? 'Rehearsal' : 'Demo'} · Step {view.current + 1} of {view.plannedMs.length}
        </p>
        {windowControls}
      </header>
      <h1 id="talk-track-title">{view.title}</h1>
      {/* Scrolls on its own, so the clock and the buttons stay in view in a small window. */}
      <div className="talk-track-body" tabIndex={0} role="region" aria-label="Talk track">
        <p className="talk-track-text">{view.talkTrack}</p>
        {view.action && <p className="talk-track-cue">Do: {view.action}</p>}
      </div>
      <p className="talk-track-next">
        {view.nextTitle === null ? 'Last step' : `Next: ${view.nextTitle}`}
      </p>
      <footer className="talk-track-foot">
        <p className="talk-track-clock">
          {formatDuration(pace.stepElapsedMs)} / {formatDuration(pace.stepPlannedMs)} ·{' '}
          <span className={`pace pace-${pace.status}`}>{isPaused ? 'Paused' : describePace(pace.deltaMs)}</span>
        </p>
        <div className="talk-track-controls" role="group" aria-label="Player controls">
          <button type="button" onClick={() => send('back')} disabled={view.current === 0}>
            Previous step
          </button>
          <button type="button" onClick={() => send('pause')}>
            {isPaused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" onClick={() => send('next')} disabled={view.nextTitle === null}>
            Next step
          </button>
        </div>
      </footer>
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
