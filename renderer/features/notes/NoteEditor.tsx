import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { deleteNote } from '../../db/repos/notes.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import type { SaveStatus } from './autosave.ts';
import { NoteConflicts } from './NoteConflicts.tsx';
import { useNoteAutosave } from './useNoteAutosave.ts';

function describeStatus(status: SaveStatus): string {
  switch (status.state) {
    case 'saved':
      return 'Saved on this laptop';
    case 'pending':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${status.message}. Your text is still here.`;
  }
}

export function NoteEditor({ note }: { note: CallNote }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const isNew = (useLocation().state as { isNew?: boolean } | null)?.isNew === true;
  const [draft, setDraft] = useState({ title: note.title, body: note.body });
  const { autosave, status, synced, adopt } = useNoteAutosave(note);
  // Another device's edit arrived while the rep is not typing: show it. (While typing, the
  // next save merges it in, and it shows once the editor is idle again.)
  const stored = { title: note.title, body: note.body };
  const hasStoredMoved = stored.title !== synced.title || stored.body !== synced.body;
  if (hasStoredMoved && status.state === 'saved') {
    adopt(stored);
    if (stored.title !== draft.title || stored.body !== draft.body) setDraft(stored);
  }
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const edit = (patch: Partial<typeof draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    autosave.change({ draft: next, base: synced });
  };

  const remove = () => {
    autosave.discard();
    deleteNote(db, note.id).then(
      () => navigate('/notes', { replace: true, state: { notice: 'Note deleted.' } }),
      (cause: unknown) => setDeleteError(cause instanceof Error ? cause.message : String(cause)),
    );
  };

  return (
    <form className="note-editor" aria-label="Note" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="note-title">Title</label>
      <input
        id="note-title"
        value={draft.title}
        maxLength={300}
        placeholder="Who, what, when"
        // A new note starts with the cursor in its title; an existing one waits for the rep.
        autoFocus={isNew}
        onChange={(event) => edit({ title: event.target.value })}
        onBlur={() => void autosave.flush()}
      />
      <label htmlFor="note-body">Note text</label>
      <textarea
        id="note-body"
        value={draft.body}
        rows={18}
        placeholder="Markdown welcome: # headings, - lists, **bold**"
        onChange={(event) => edit({ body: event.target.value })}
        onBlur={() => void autosave.flush()}
      />
      {note.conflicts && note.conflicts.length > 0 && <NoteConflicts noteId={note.id} conflicts={note.conflicts} />}
      <div className="editor-footer">
        <p role="status" aria-live="polite" className={status.state === 'failed' ? 'error' : 'muted'}>
          {describeStatus(status)}
        </p>
        {status.state === 'failed' && (
          <button type="button" onClick={() => void autosave.flush()}>
            Retry saving
          </button>
        )}
        {isConfirmingDelete ? (
          <div role="group" aria-label="Confirm deletion" className="confirm">
            <span>Delete this note for good?</span>
            <button type="button" className="danger" onClick={remove}>
              Delete
            </button>
            <button type="button" onClick={() => setConfirmingDelete(false)}>
              Keep note
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirmingDelete(true)}>
            Delete note
          </button>
        )}
        {deleteError && <p role="alert">The note could not be deleted: {deleteError}</p>}
      </div>
    </form>
  );
}
