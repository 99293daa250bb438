import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeAge } from '../../../shared/domain/relative-time.ts';
import { useSession } from '../../app/session.store.ts';
import { createNote } from '../../db/repos/notes.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useNow } from '../../ui/useNow.ts';
import { useRecentNotes } from './useNotes.ts';

function firstLine(body: string): string {
  return body.split('\n').find((line) => line.trim() !== '')?.replace(/^[#>*\-\s]+/, '') ?? '';
}

export function NotesList({ selectedId }: { selectedId?: string }) {
  const db = useDatabase();
  const ownerId = useSession((s) => s.userId);
  const navigate = useNavigate();
  const notes = useRecentNotes();
  const [error, setError] = useState<string | null>(null);
  const now = useNow();

  const startNote = () => {
    setError(null);
    createNote(db, { ownerId }).then(
      (note) => navigate(`/notes/${note.id}`, { state: { isNew: true } }),
      (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)),
    );
  };

  return (
    <div className="notes-list">
      <button type="button" onClick={startNote}>
        New note
      </button>
      {error && <p role="alert">The note could not be created: {error}</p>}
      <LoadState query={notes}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No notes yet. Start one before your next call.</p>
          ) : (
            <ul aria-label="Recent notes">
              {list.map((note) => (
                <li key={note.id}>
                  <Link to={`/notes/${note.id}`} aria-current={note.id === selectedId ? 'page' : undefined}>
                    {note.title.trim() || 'Untitled note'}
                  </Link>
                  <p className="muted">
                    {describeAge(note.updatedAt, now)} · {firstLine(note.body) || 'No text yet'}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </div>
  );
}
