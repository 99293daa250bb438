import { useEffect, useState } from 'react';
import { getTalkTrackControls } from '../../platform/platform.ts';
import { useNow } from '../../ui/useNow.ts';
import { describePace, formatDuration, paceOf } from '../demo-scripts/pacing.ts';
import { usePlayerKeys } from '../demo-scripts/usePlayerKeys.ts';
import { stepTimesAt } from '../demo-scripts/run-state.ts';
import { useTalkTrackFollower } from './useTalkTrackFollower.ts';
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
      <button type="button" onClick={close}>
        Close talk track
      </button>
    </div>
  );

  if (state.status !== 'following') {
    return (
      <main className="talk-track" aria-labelledby="talk-track-title">
        <h1 id="talk-track-title">Talk track</h1>
        <p role="status">
          {state.status === 'closed'
            ? 'The demo player was closed. Open the demo in Fieldcase to carry on; this window follows it.'
            : 'Waiting for the demo player… Start or resume a demo in Fieldcase.'}
        </p>
        {windowControls}
        {error && <p role="alert">{error}</p>}
      </main>
    );
  }

  const { view } = state;
  const pace = paceOf(view.plannedMs, stepTimesAt(view, now), view.current);
  const isPaused = view.runningSince === null;
  return (
    <main className="talk-track" aria-labelledby="talk-track-title">
      <p className="talk-track-meta">
        {view.isRehearsal ? 'Rehearsal' : 'Demo'} · Step {view.current + 1} of {view.plannedMs.length}
      </p>
      <h1 id="talk-track-title">{view.title}</h1>
      <p className="talk-track-text" aria-label="Talk track">
        {view.talkTrack}
      </p>
      {view.action && <p className="talk-track-cue">Do: {view.action}</p>}
      <p className="talk-track-next" aria-label="Next step">
        {view.nextTitle === null ? 'Last step' : `Next: ${view.nextTitle}`}
      </p>
      <p className="talk-track-clock" aria-label="Timing">
        <span aria-label="Step time">
          {formatDuration(pace.stepElapsedMs)} / {formatDuration(pace.stepPlannedMs)}
        </span>{' '}
        · <span className={`pace pace-${pace.status}`}>{isPaused ? 'Paused' : describePace(pace.deltaMs)}</span>
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
      {windowControls}
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
