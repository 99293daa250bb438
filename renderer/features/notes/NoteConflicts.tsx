import { useState } from 'react';
import { fieldLabel, type NoteFieldKey } from '../../../shared/domain/note-templates.ts';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { settleNoteConflict, type ConflictChoice } from '../../db/repos/notes.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';

type Conflict = NonNullable<CallNote['conflicts']>[number];

const FIELD_LABELS: Record<Conflict['field'], string> = {
  title: 'the title',
  body: 'the same passage',
  nextStep: 'a next step',
  templateField: 'a template field',
};

function describeField(conflict: Conflict): string {
  if (conflict.field === 'templateField' && conflict.fieldKey) return `the field “${fieldLabel(conflict.fieldKey as NoteFieldKey)}”`;
  return FIELD_LABELS[conflict.field];
}

/**
 * Edits made on two devices to the same words: the note shows this laptop's version, and both
 * are kept here side by side until the rep chooses.
 */
export function NoteConflicts({ noteId, conflicts }: { noteId: string; conflicts: Conflict[] }) {
  const db = useDatabase();
  const [error, setError] = useState<string | null>(null);
  const settle = (conflict: Conflict, choice: ConflictChoice) => {
    setError(null);
    settleNoteConflict(db, noteId, conflict.id, choice).catch((cause: unknown) =>
      setError(cause instanceof Error ? cause.message : String(cause)),
    );
  };

  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">
        {conflicts.length === 1 ? 'One edit to settle' : `${conflicts.length} edits to settle`}
      </h2>
      {conflicts.map((conflict, index) => (
        <article key={conflict.id} className="conflict" aria-label={`Conflict ${index + 1}`}>
          <p>This note and another device both changed {describeField(conflict)}.</p>
          <div className="conflict-versions">
            <figure>
              <figcaption>This laptop (in the note now)</figcaption>
              <pre>{conflict.ours || '(removed)'}</pre>
            </figure>
            <figure>
              <figcaption>The other device</figcaption>
              <pre>{conflict.theirs || '(removed)'}</pre>
            </figure>
          </div>
          <div className="actions">
            <button type="button" onClick={() => settle(conflict, 'mine')}>
              Keep this laptop’s
            </button>
            <button type="button" onClick={() => settle(conflict, 'theirs')}>
              Keep the other device’s
            </button>
            <button type="button" onClick={() => settle(conflict, 'both')}>
              Keep both
            </button>
          </div>
        </article>
      ))}
      {error && <p role="alert">The conflict could not be settled: {error}</p>}
    </section>
  );
}
