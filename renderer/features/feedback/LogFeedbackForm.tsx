import { useState, type FormEvent } from 'react';
import { FEEDBACK_KINDS, type Feedback, type FeedbackKind } from '../../../shared/schemas/index.ts';
import { useSession } from '../../app/session.store.ts';
import { logFeedback } from '../../db/repos/feedback.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { KIND_LABELS, asksForCompetitor } from './feedback-labels.ts';
import { FormActions } from './FormActions.tsx';

export interface LogFeedbackFormProps {
  /** The words selected in a note, or '' when logging directly. */
  initialText?: string;
  noteId?: string | null;
  accountId?: string | null;
  /** Competitors named in the note, offered first. */
  competitors?: readonly string[];
  onLogged?(item: Feedback): void;
  onCancel?(): void;
}

/** Log one piece of feedback for product and marketing: what kind, the customer's words, and context. */
export function LogFeedbackForm({ initialText = '', noteId, accountId, competitors = [], onLogged, onCancel }: LogFeedbackFormProps) {
  const db = useDatabase();
  const ownerId = useSession((s) => s.userId);
  const [kind, setKind] = useState<FeedbackKind>(competitors.length > 0 ? 'competitor_mention' : 'objection');
  const [text, setText] = useState(initialText);
  const [competitor, setCompetitor] = useState(competitors[0] ?? '');
  const [product, setProduct] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaving(true);
    const showsCompetitor = asksForCompetitor(kind);
    logFeedback(db, { ownerId, kind, text, ...(showsCompetitor ? { competitor } : {}), product, accountId: accountId ?? null, noteId: noteId ?? null }).then(
      (item) => {
        setSaving(false);
        setText('');
        setProduct('');
        onLogged?.(item);
      },
      (cause: unknown) => {
        setSaving(false);
        setError(cause instanceof Error ? cause.message : String(cause));
      },
    );
  };

  return (
    <form className="log-feedback" aria-label="Log feedback" onSubmit={submit}>
      <label htmlFor="feedback-kind">Kind</label>
      <select id="feedback-kind" value={kind} onChange={(event) => setKind(event.target.value as FeedbackKind)}>
        {FEEDBACK_KINDS.map((value) => (
          <option key={value} value={value}>
            {KIND_LABELS[value]}
          </option>
        ))}
      </select>
      <label htmlFor="feedback-text">What the customer said</label>
      <textarea id="feedback-text" rows={3} value={text} maxLength={20_000} onChange={(event) => setText(event.target.value)} />
      {asksForCompetitor(kind) && (
        <>
          <label htmlFor="feedback-competitor">Competitor (if one was named)</label>
          <input id="feedback-competitor" value={competitor} maxLength={100} list="feedback-competitors" onChange={(event) => setCompetitor(event.target.value)} />
          <datalist id="feedback-competitors">
            {competitors.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
      <label htmlFor="feedback-product">Product (if it is about one)</label>
      <input id="feedback-product" value={product} maxLength={100} onChange={(event) => setProduct(event.target.value)} />
      <FormActions submitLabel="Log feedback" isSaving={isSaving} error={error} onCancel={onCancel} />
    </form>
  );
}
