import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { DemoScript } from '../../../shared/schemas/index.ts';
import { useNow } from '../../ui/useNow.ts';
import { useRunsInProgress } from './demo-runs.store.ts';
import { demoMeetingRange, describeMeetingTime } from './meeting-time.ts';
import type { RunMode } from './run-state.ts';
import { playPath, runStepsOf } from './script-run.ts';
import { useMeetingsStarting } from './useDemoScripts.ts';

/**
 * Start a customer demo (optionally for one of the rep's meetings today or this week) or a
 * rehearsal; or, while a run of this script is in progress, resume or discard it.
 */
export function StartRunForm({ script }: { script: DemoScript }) {
  const navigate = useNavigate();
  const run = useRunsInProgress((s) => s.runs[script.id]);
  const dispatch = useRunsInProgress((s) => s.dispatch);
  const discard = useRunsInProgress((s) => s.discard);
  const now = useNow();
  const range = demoMeetingRange(now);
  const meetings = useMeetingsStarting(range.from, range.to);
  // A link from a meeting (its brief, Today) names it: /demo-scripts/:id?meeting=<meeting id>.
  const [params] = useSearchParams();
  const linked = params.get('meeting');
  /** undefined until the rep chooses: then the linked meeting, or the one suggested for the script's persona. */
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const [isConfirmingDiscard, setConfirmingDiscard] = useState(false);

  if (run) {
    return (
      <section aria-labelledby="run-heading" className="start-run">
        <h2 id="run-heading">{run.mode === 'rehearsal' ? 'Rehearsal' : 'Demo'} in progress</h2>
        <p>
          {run.endedAt === null ? `At step ${run.current + 1} of ${run.steps.length}.` : 'Ended, not stored yet.'}
        </p>
        <div className="actions">
          <button type="button" onClick={() => navigate(playPath(script.id))}>
            {run.endedAt === null ? 'Resume' : 'Open the run'}
          </button>
          {isConfirmingDiscard ? (
            <span role="group" aria-label="Confirm discarding the run" className="confirm">
              Discard this run and its times? Quick notes already in a call note stay there.{' '}
              <button type="button" className="danger" onClick={() => discard(script.id)}>
                Discard
              </button>{' '}
              <button type="button" onClick={() => setConfirmingDiscard(false)}>
                Keep the run
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirmingDiscard(true)}>
              Discard run
            </button>
          )}
        </div>
      </section>
    );
  }

  const list = meetings.status === 'ready' ? meetings.data : [];
  const suggested = list.find((m) => m.id === linked)?.id ?? list.find((m) => m.persona === script.persona)?.id ?? '';
  const meetingId = choice ?? suggested;

  const start = (mode: RunMode) => {
    dispatch(script.id, {
      type: 'start',
      id: crypto.randomUUID(),
      scriptId: script.id,
      scriptVersion: script.version,
      mode,
      meetingId: meetingId === '' ? null : meetingId,
      steps: runStepsOf(script),
      now: Date.now(),
    });
    navigate(playPath(script.id));
  };

  return (
    <section aria-labelledby="start-heading" className="start-run">
      <h2 id="start-heading">Play this script</h2>
      <label>
        Meeting{' '}
        <select value={meetingId} onChange={(event) => setChoice(event.target.value)}>
          <option value="">No meeting</option>
          {list.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {describeMeetingTime(meeting.startsAt, now)} · {meeting.title}
            </option>
          ))}
        </select>
      </label>
      {meetings.status === 'failed' && <p role="alert">Could not read your meetings: {meetings.message}</p>}
      <p className="muted">
        Quick notes during a demo go into the meeting’s call note. A rehearsal is practice: it is kept apart from
        customer demos, and its notes go into a rehearsal note of their own.
      </p>
      <div className="actions">
        <button type="button" onClick={() => start('demo')}>
          Start demo
        </button>
        <button type="button" onClick={() => start('rehearsal')}>
          Rehearse
        </button>
      </div>
    </section>
  );
}
