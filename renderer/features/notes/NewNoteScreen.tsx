import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { CallNote, NoteTemplate } from '../../../shared/schemas/index.ts';
import { useSession } from '../../app/session.store.ts';
import { createNote } from '../../db/repos/notes.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import type { FieldcaseDatabase } from '../../db/database.ts';

/** What may start a new note: a template, and the meeting, deal or account it is about. */
export interface NewNoteRequest {
  template?: NoteTemplate | null;
  accountId?: string | null;
  opportunityId?: string | null;
  meetingId?: string | null;
}

/**
 * One creation per visit of /notes/new (keyed by the history entry): React's development mode
 * runs effects twice, and a note must never be created twice for one request.
 */
const creations = new Map<string, Promise<CallNote>>();

function createOnce(key: string, db: FieldcaseDatabase, ownerId: string, request: NewNoteRequest): Promise<CallNote> {
  let creation = creations.get(key);
  if (!creation) {
    creation = createNote(db, { ownerId, ...request });
    creations.set(key, creation);
    // Forget failures, so going back and trying again creates the note.
    creation.catch(() => creations.delete(key));
  }
  return creation;
}

/**
 * /notes/new: quick capture (Ctrl/Cmd+Shift+N, the desktop menu's New note, "New note" on the
 * Notes screen). Creates the note and replaces itself with the note's own address, so Back
 * never lands here again.
 */
export function NewNoteScreen() {
  const db = useDatabase();
  const ownerId = useSession((s) => s.userId);
  // Until the saved session is read, the owner is not known yet.
  const isSessionLoading = useSession((s) => s.status === 'loading');
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const request = location.state as NewNoteRequest | null;

  useEffect(() => {
    if (isSessionLoading) return;
    let isCurrent = true;
    createOnce(location.key, db, ownerId, request ?? {}).then(
      (note) => {
        if (isCurrent) navigate(`/notes/${note.id}`, { replace: true, state: { isNew: true } });
      },
      (cause: unknown) => {
        if (isCurrent) setError(cause instanceof Error ? cause.message : String(cause));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [db, isSessionLoading, location.key, navigate, ownerId, request]);

  return (
    <section aria-labelledby="screen-title" className="notes">
      <h1 id="screen-title">Notes</h1>
      {error ? <p role="alert">The note could not be created: {error}</p> : <p className="muted">Starting a new note…</p>}
    </section>
  );
}
