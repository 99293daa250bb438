import { useLocation } from 'react-router';
import { NotesList } from './NotesList.tsx';

export function NotesScreen() {
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <section aria-labelledby="screen-title" className="notes">
      <h1 id="screen-title">Notes</h1>
      <div className="notes-columns">
        <NotesList />
        <div className="notes-empty">
          {notice && <p role="status">{notice}</p>}
          <p className="muted">
            Pick a note, or start a new one (Ctrl+Shift+N from any screen). Notes are saved on this laptop as you
            type — no save button, no signal needed.
          </p>
        </div>
      </div>
    </section>
  );
}
