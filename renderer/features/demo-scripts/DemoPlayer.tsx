import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DemoScript } from '../../../shared/schemas/index.ts';
import { useNow } from '../../ui/useNow.ts';
import type { TalkTrackCommand } from '../talk-track/talk-track-channel.ts';
import { useTalkTrackPublisher, type PopoutStatus } from '../talk-track/useTalkTrackPublisher.ts';
import { useRunsInProgress } from './demo-runs.store.ts';
import { describePace, formatDuration, paceOf } from './pacing.ts';
import { QuickNote } from './QuickNote.tsx';
import { isPaused, plannedMsOf, stepTimesAt, type RunState } from './run-state.ts';
import { stepContent, talkTrackViewOf } from './script-run.ts';
import { useMeeting } from './useDemoScripts.ts';
import { usePlayerKeys } from './usePlayerKeys.ts';
import './demo-player.css';
import './pace.css';

const POPOUT_NOTICE: Record<PopoutStatus, string | null> = {
  none: null,
  checking: 'Opening the talk track…',
  open: 'The talk track is popped out and follows this player.',
  blocked: 'The browser blocked the pop-out. Allow pop-ups for Fieldcase, then try again.',
  closed: 'The talk track window was closed.',
};

function firstSentence(text: string): string {
  const match = /^.*?[.!?](\s|$)/s.exec(text);
  return (match ? match[0] : text).trim();
}

/** One reading of the clock: a group named by its term, which is also shown (once) on screen. */
function ClockReading({ term, className, children }: { term: string; className?: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={term}>
      <span className="player-clock-term" aria-hidden="true">
        {term}
      </span>
      <span className={className}>{children}</span>
    </div>
  );
}

export interface DemoPlayerProps {
  script: DemoScript | null;
  run: RunState;
  onEnd(): void;
}

/**
 * The player: the step's talk track large, the action cue, the next step, the step's timer and
 * the run against plan. Keys → or Space, ←, P and Esc; the same as buttons.
 */
export function DemoPlayer({ script, run, onEnd }: DemoPlayerProps) {
  const dispatch = useRunsInProgress((s) => s.dispatch);
  const now = useNow(1_000);
  const [isConfirmingEnd, setConfirmingEnd] = useState(false);
  const meeting = useMeeting(run.meetingId);
  const scriptId = run.scriptId;
  const scriptTitle = script?.title ?? 'Demo script';

  // Leaving the player pauses the run, coming back resumes it: time away is not demo time.
  useEffect(() => {
    const leave = () => dispatch(scriptId, { type: 'leave', now: Date.now() });
    const back = () => dispatch(scriptId, { type: 'return', now: Date.now() });
    back();
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', back);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', back);
      leave();
    };
  }, [dispatch, scriptId]);

  const act = (type: 'next' | 'back' | 'toggle-pause') => dispatch(scriptId, { type, now: Date.now() });
  const command = (name: TalkTrackCommand) => act(name === 'pause' ? 'toggle-pause' : name);

  const step = stepContent(script, run, run.current);
  const next = run.current + 1 < run.steps.length ? stepContent(script, run, run.current + 1) : null;
  const view = useMemo(() => talkTrackViewOf(script, run), [script, run]);
  const popout = useTalkTrackPublisher(view, command);

  usePlayerKeys(
    {
      next: () => act('next'),
      back: () => act('back'),
      pause: () => act('toggle-pause'),
      end: () => setConfirmingEnd((open) => !open),
    },
  );

  const pace = paceOf(plannedMsOf(run), stepTimesAt(run, now), run.current);
  const paused = isPaused(run);
  const kind = run.mode === 'rehearsal' ? 'Rehearsal' : 'Demo';
  const notice = POPOUT_NOTICE[popout.status];

  return (
    <section aria-labelledby="screen-title" className="player">
      <header className="player-header">
        <p className="eyebrow">
          {kind} · {meeting.status === 'ready' && meeting.data ? meeting.data.title : 'No meeting'}
        </p>
        <h1 id="screen-title">{scriptTitle}</h1>
        {script === null && <p role="status">This script is no longer on this laptop; only the step titles are shown.</p>}
      </header>

      <article className="player-step" aria-labelledby="step-title">
        <p className="player-step-count">
          Step {run.current + 1} of {run.steps.length}
        </p>
        <h2 id="step-title">{step.title}</h2>
        <p className="player-talk-track">{step.talkTrack}</p>
        {step.action && (
          <p className="player-cue">
            <strong>Do:</strong> {step.action}
          </p>
        )}
      </article>

      <aside className="player-next" aria-label="Next step">
        {next ? (
          <>
            <p>
              Next: <strong>{next.title}</strong> ({formatDuration(next.durationSec * 1000)})
            </p>
            {next.talkTrack && <p className="muted">{firstSentence(next.talkTrack)}</p>}
          </>
        ) : (
          <p>This is the last step. Esc ends the {kind.toLowerCase()}.</p>
        )}
      </aside>

      <div className="player-clock" role="group" aria-label="Timing">
        <ClockReading term="Step" className={pace.stepOverMs > 0 ? 'over' : undefined}>
          {formatDuration(pace.stepElapsedMs)} of {formatDuration(pace.stepPlannedMs)}
        </ClockReading>
        <ClockReading term="Total">
          {formatDuration(pace.elapsedMs)} of {formatDuration(pace.plannedTotalMs)}
        </ClockReading>
        <ClockReading term="Pace" className={`pace pace-${pace.status}`}>
          {describePace(pace.deltaMs)}
        </ClockReading>
        {paused && <ClockReading term="Clock">Paused</ClockReading>}
      </div>

      <div className="player-controls" role="toolbar" aria-label="Player controls">
        <button type="button" onClick={() => act('back')} disabled={run.current === 0} aria-keyshortcuts="ArrowLeft">
          Previous step
        </button>
        <button type="button" onClick={() => act('toggle-pause')} aria-keyshortcuts="P">
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" onClick={() => act('next')} disabled={next === null} aria-keyshortcuts="ArrowRight Space">
          Next step
        </button>
        <button type="button" onClick={() => setConfirmingEnd(true)} aria-keyshortcuts="Escape">
          End {kind.toLowerCase()}
        </button>
        <button type="button" onClick={popout.popOut}>
          Pop out talk track
        </button>
      </div>
      {notice && (
        <p role={popout.status === 'blocked' ? 'alert' : 'status'} className="muted">
          {notice}
        </p>
      )}

      {isConfirmingEnd && (
        <div role="group" aria-label={`End the ${kind.toLowerCase()}?`} className="confirm">
          <p>End the {kind.toLowerCase()} and store its times? Enter ends it, Esc keeps going.</p>
          {/* Focus lands on the button that ends it, so Esc then Enter ends a run from the keyboard. */}
          <button type="button" autoFocus onClick={onEnd}>
            End and save
          </button>{' '}
          <button type="button" onClick={() => setConfirmingEnd(false)}>
            Keep going
          </button>
        </div>
      )}

      <QuickNote run={run} scriptTitle={scriptTitle} />
      <p className="muted player-keys">Keys: → or Space next · ← back · P pause · Esc end</p>
    </section>
  );
}
