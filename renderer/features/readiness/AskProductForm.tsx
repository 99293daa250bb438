import { useState, type FormEvent } from 'react';
import { useSession } from '../../app/session.store.ts';
import { askProduct, type QuestionSource } from '../../db/repos/readiness.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';

/**
 * Ask product a question from a kit or a battle card. It is saved on the laptop at once and goes
 * to product with the next sync; the answer comes back the same way.
 */
export function AskProductForm({ source, label }: { source: QuestionSource; label: string }) {
  const db = useDatabase();
  const ownerId = useSession((s) => s.userId);
  const [text, setText] = useState('');
  const [isSaving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setOutcome({ ok: false, message: 'Write your question first.' });
      return;
    }
    setSaving(true);
    setOutcome(null);
    askProduct(db, { ownerId, text, source }).then(
      () => {
        setSaving(false);
        setText('');
        setOutcome({ ok: true, message: 'Question saved. It goes to product with your next sync; the answer shows here.' });
      },
      (cause: unknown) => {
        setSaving(false);
        setOutcome({ ok: false, message: `Question not saved: ${cause instanceof Error ? cause.message : String(cause)}` });
      },
    );
  };

  return (
    <form className="ask-product" aria-label={label} onSubmit={submit}>
      <label htmlFor="ask-product-text">Your question to product</label>
      <textarea id="ask-product-text" rows={3} maxLength={20_000} value={text} onChange={(event) => setText(event.target.value)} />
      <div className="actions">
        <button type="submit" disabled={isSaving}>
          Ask product
        </button>
      </div>
      {outcome?.ok === true && <p role="status">{outcome.message}</p>}
      {outcome?.ok === false && <p role="alert">{outcome.message}</p>}
    </form>
  );
}
