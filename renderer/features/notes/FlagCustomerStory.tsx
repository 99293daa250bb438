import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { useSession } from '../../app/session.store.ts';
import { FEEDBACK_TEXT_MAX, logFeedback } from '../../db/repos/feedback.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { FormActions } from '../feedback/FormActions.tsx';

/**
 * The small dialog that flags a customer story for marketing (a possible case study): the
 * story, prefilled from the words selected in the note or else its title, saved as feedback of
 * kind case_study_lead with the note and its account. Works offline; sync carries it later.
 */
export function FlagCustomerStory({ note, initialStory, onFlagged, onCancel }: {
  note: CallNote;
  initialStory: string;
  onFlagged(): void;
  onCancel(): void;
}) {
  const db = useDatabase();
  const ownerId = useSession((s) => s.userId);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [story, setStory] = useState(initialStory);
  const [product, setProduct] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    // showModal keeps focus in the dialog and closes it on Escape (handled by onCancel below).
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaving(true);
    logFeedback(db, { ownerId, kind: 'case_study_lead', text: story, product, noteId: note.id, accountId: note.accountId || null }).then(
      () => onFlagged(),
      (cause: unknown) => {
        setSaving(false);
        setError(cause instanceof Error ? cause.message : String(cause));
      },
    );
  };

  return (
    <dialog
      ref={dialogRef}
      className="flag-story"
      aria-labelledby="flag-story-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form className="log-feedback" aria-labelledby="flag-story-title" onSubmit={submit}>
        <h2 id="flag-story-title">Flag a customer story for marketing</h2>
        <p className="muted">Marketing looks for customers who would tell their story in a case study.</p>
        <label htmlFor="flag-story-text">The customer’s story</label>
        <textarea id="flag-story-text" rows={4} value={story} maxLength={FEEDBACK_TEXT_MAX} onChange={(event) => setStory(event.target.value)} />
        <label htmlFor="flag-story-product">Product (if it is about one)</label>
        <input id="flag-story-product" value={product} maxLength={100} onChange={(event) => setProduct(event.target.value)} />
        <FormActions submitLabel="Flag for marketing" isSaving={isSaving} error={error} onCancel={onCancel} />
      </form>
    </dialog>
  );
}
