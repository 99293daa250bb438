import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../app/session.store.ts';
import { addDemoNote } from '../../db/repos/demo-runs.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { useRunsInProgress } from './demo-runs.store.ts';
import type { RunState } from './run-state.ts';

type Outcome = { kind: 'saved'; step: number; noteId: string; noteTitle: string } | { kind: 'failed'; step: number; message: string } | null;

/**
 * A one-line note on the step on screen, added under the step's heading in the "Demo notes"
 * section of the meeting's call note (a rehearsal's notes go into a rehearsal note instead).
 */
export function QuickNote({ run, scriptTitle }: { run: RunState; scriptTitle: string }) {
  const db = useDatabase();
  const ownerId = useSession((s) => s.userId);
  const dispatch = useRunsInProgress((s) => s.dispatch);
  const [text, setText] = useState('');
  const [isSaving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const step = run.current;
  const stepTitle = run.steps[step]?.title ?? `Step ${step + 1}`;
  const stepNotes = run.notes.filter((note) => note.step === step);
  // What happened to a note stays with the step it was written on.
  const shown = outcome?.step === step ? outcome : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const note = text.trim();
    if (note === '' || isSaving) return;
    setSaving(true);
    const isRehearsal = run.mode === 'rehearsal';
    addDemoNote(db, { ownerId, noteId: run.noteId, meetingId: isRehearsal ? null : run.meetingId, scriptTitle, isRehearsal, stepTitle, text: note }).then(
      (saved) => {
        dispatch(run.scriptId, { type: 'note-added', step, text: note, noteId: saved.id });
        setText('');
        setOutcome({ kind: 'saved', step, noteId: saved.id, noteTitle: saved.title || 'Untitled note' });
        setSaving(false);
      },
      (cause: unknown) => {
        // The text stays in the field, so nothing typed is lost.
        setOutcome({ kind: 'failed', step, message: cause instanceof Error ? cause.message : String(cause) });
        setSaving(false);
      },
    );
  };

  return (
    <form className="quick-note" onSubmit={submit} aria-label="Quick note">
      <label>
        Quick note on this step
        <input value={text} maxLength={2_000} onChange={(event) => setText(event.target.value)} placeholder="Press Enter to add it to the call note" />
      </label>
      <button type="submit" disabled={isSaving || text.trim() === ''}>
        Add to call note
      </button>
      {shown?.kind === 'saved' && (
        <p role="status">
          Added to <Link to={`/notes/${encodeURIComponent(shown.noteId)}`}>{shown.noteTitle}</Link>.
        </p>
      )}
      {shown?.kind === 'failed' && <p role="alert">The note could not be saved: {shown.message}</p>}
      {stepNotes.length > 0 && (
        <ul aria-label="Notes on this step" className="quick-note-list">
          {stepNotes.map((note, i) => (
            <li key={i}>{note.text}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
