import { useParams } from 'react-router';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useOwnership } from '../team/useOwnership.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { NotesList } from './NotesList.tsx';
import { ReadOnlyNote } from './ReadOnlyNote.tsx';
import { useNote } from './useNotes.ts';

export function NoteScreen() {
  const { noteId = '' } = useParams();
  const note = useNote(noteId);
  return (
    <section aria-labelledby="screen-title" className="notes">
      <h1 id="screen-title">Notes</h1>
      <div className="notes-columns">
        <NotesList selectedId={noteId} />
        <LoadState query={note}>
          {(found) =>
            found ? (
              // Keyed by id: the editor keeps the rep's own draft and never loses it to a re-render.
              <NoteView key={found.id} note={found} />
            ) : (
              <p role="status">This note is not on this laptop. It may have been deleted.</p>
            )
          }
        </LoadState>
      </div>
    </section>
  );
}

/** The rep's own note opens in the editor; another rep's (on a manager's laptop) read-only. */
function NoteView({ note }: { note: CallNote }) {
  const ownership = useOwnership()(note.ownerId);
  return ownership.isMine ? <NoteEditor note={note} /> : <ReadOnlyNote note={note} ownership={ownership} />;
}
