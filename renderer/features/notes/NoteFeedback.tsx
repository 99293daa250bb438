import { memo, useState, type RefObject } from 'react';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { observeFeedbackForNote } from '../../db/repos/feedback.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { FeedbackList } from '../feedback/FeedbackList.tsx';
import { LogFeedbackForm } from '../feedback/LogFeedbackForm.tsx';
import { FlagCustomerStory } from './FlagCustomerStory.tsx';

/**
 * Feedback from a note: select the customer's words in the note text and log them as an
 * objection, feature request, competitor mention, pricing remark or praise; or flag a customer
 * story for marketing. What was logged from this note is listed with product's answer.
 */
export const NoteFeedback = memo(function NoteFeedback({ note, textareaRef }: { note: CallNote; textareaRef: RefObject<HTMLTextAreaElement | null> }) {
  // The selected words, and a counter so each new selection starts a fresh form.
  const [selection, setSelection] = useState<{ text: string; key: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The story to prefill while the flag dialog is open.
  const [story, setStory] = useState<string | null>(null);
  const logged = useLiveQuery(`note-feedback:${note.id}`, (db) => observeFeedbackForNote(db, note.id));

  const selectedText = () => {
    const textarea = textareaRef.current;
    return textarea ? textarea.value.slice(textarea.selectionStart, textarea.selectionEnd).trim() : '';
  };

  const start = () => {
    setNotice(null);
    setSelection({ text: selectedText(), key: (selection?.key ?? 0) + 1 });
  };

  const flagStory = () => {
    setNotice(null);
    setStory(selectedText() || note.title.trim());
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
      <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={flagStory}>
        Flag customer story
      </button>
      {story !== null && (
        <FlagCustomerStory
          note={note}
          initialStory={story}
          onFlagged={() => {
            setStory(null);
            setNotice('Customer story flagged for marketing.');
          }}
          onCancel={() => setStory(null)}
        />
      )}
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
