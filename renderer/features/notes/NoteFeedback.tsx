import { memo, useState, type RefObject } from 'react';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { observeFeedbackForNote } from '../../db/repos/feedback.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { FeedbackList } from '../feedback/FeedbackList.tsx';
import { LogFeedbackForm } from '../feedback/LogFeedbackForm.tsx';

/**
 * Feedback from a note: select the customer's words in the note text and log them as an
 * objection, feature request, competitor mention, pricing remark or praise. What was logged
 * from this note is listed with product's answer.
 */
export const NoteFeedback = memo(function NoteFeedback({ note, textareaRef }: { note: CallNote; textareaRef: RefObject<HTMLTextAreaElement | null> }) {
  // The selected words, and a counter so each new selection starts a fresh form.
  const [selection, setSelection] = useState<{ text: string; key: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const logged = useLiveQuery(`note-feedback:${note.id}`, (db) => observeFeedbackForNote(db, note.id));

  const start = () => {
    const textarea = textareaRef.current;
    const text = textarea ? textarea.value.slice(textarea.selectionStart, textarea.selectionEnd).trim() : '';
    setNotice(null);
    setSelection({ text, key: (selection?.key ?? 0) + 1 });
  };

  return (
    <section className="note-feedback" aria-label="Feedback from this note">
      <button
        type="button"
        // The textarea keeps its selection while the button is pressed.
        onMouseDown={(event) => event.preventDefault()}
        onClick={start}
      >
        Log feedback from selection
      </button>
      {selection && (
        <>
          {selection.text === '' && <p className="muted">No text was selected: write the customer’s words here.</p>}
          <LogFeedbackForm
            key={selection.key}
            initialText={selection.text}
            noteId={note.id}
            accountId={note.accountId || null}
            competitors={note.competitors}
            onLogged={() => {
              setSelection(null);
              setNotice('Feedback logged for product and marketing.');
            }}
            onCancel={() => setSelection(null)}
          />
        </>
      )}
      {notice && <p role="status">{notice}</p>}
      <LoadState query={logged}>{(items) => (items.length > 0 ? <FeedbackList items={items} label="Feedback logged from this note" /> : null)}</LoadState>
    </section>
  );
});
