import { useState } from 'react';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { addNextStep, removeNextStep, updateNextStep } from '../../db/repos/notes.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { fromDateInput, toDateInput } from './due-date.ts';

/** The note's next steps: tick done, edit text and due date, remove, add. Open ones with a due date show on Today. */
export function NextSteps({ note }: { note: CallNote }) {
  const db = useDatabase();
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [resets, setResets] = useState(0);
  const fail = (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause));
  const run = (work: Promise<unknown>) => {
    setError(null);
    work.catch(fail);
  };

  const add = () => {
    const dueAt = fromDateInput(due);
    if (dueAt === undefined) return setError('The due date is not a date.');
    setError(null);
    addNextStep(db, note.id, { text, dueAt }).then(() => {
      setText('');
      setDue('');
    }, fail);
  };

  const steps = note.nextSteps ?? [];
  return (
    <fieldset className="next-steps">
      <legend>Next steps</legend>
      {steps.length > 0 && (
        <ul aria-label="Next steps">
          {steps.map((step) => (
            <li key={step.id} className={step.done ? 'done' : undefined}>
              <input
                type="checkbox"
                aria-label={`Done: ${step.text}`}
                // Uncontrolled, so a tick shows at once; keyed by the stored state, so a synced change (or a
                // failed write, through `resets`) puts the box back in step with the note.
                key={`${String(step.done)}:${resets}`}
                defaultChecked={step.done}
                onChange={(event) =>
                  updateNextStep(db, note.id, step.id, { done: event.target.checked }).catch((cause: unknown) => {
                    fail(cause);
                    setResets((count) => count + 1);
                  })
                }
              />
              <input
                aria-label="Next step text"
                // Uncontrolled, keyed by the stored text: a synced edit replaces it, typing does not fight it.
                key={step.text}
                defaultValue={step.text}
                maxLength={2_000}
                onBlur={(event) => {
                  const value = event.target.value.trim();
                  if (value !== '' && value !== step.text) run(updateNextStep(db, note.id, step.id, { text: value }));
                }}
              />
              <input
                type="date"
                aria-label={`Due date of ${step.text}`}
                value={toDateInput(step.dueAt)}
                onChange={(event) => {
                  const dueAt = fromDateInput(event.target.value);
                  if (dueAt !== undefined) run(updateNextStep(db, note.id, step.id, { dueAt }));
                }}
              />
              <button type="button" aria-label={`Remove next step ${step.text}`} onClick={() => run(removeNextStep(db, note.id, step.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="next-step-add">
        <input
          aria-label="New next step"
          placeholder="Send the pricing sheet"
          value={text}
          maxLength={2_000}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (text.trim() !== '') add();
            }
          }}
        />
        <input type="date" aria-label="Due date of the new next step" value={due} onChange={(event) => setDue(event.target.value)} />
        <button type="button" onClick={add} disabled={text.trim() === ''}>
          Add next step
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}
