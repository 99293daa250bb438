import { useId, useState, type FormEvent } from 'react';
import { STALE_AFTER_DAYS_RANGE } from '../../../shared/domain/card-changes.ts';
import { useCardSettings } from './card-settings.store.ts';

/** The rep's limit for the stale warning, in days. */
export function StaleSetting() {
  const id = useId();
  const staleAfterDays = useCardSettings((s) => s.staleAfterDays);
  const setStaleAfterDays = useCardSettings((s) => s.setStaleAfterDays);
  const [draft, setDraft] = useState(String(staleAfterDays));
  const [error, setError] = useState<string | null>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (setStaleAfterDays(draft)) setError(null);
    else setError(`Enter a whole number of days from ${STALE_AFTER_DAYS_RANGE.min} to ${STALE_AFTER_DAYS_RANGE.max}.`);
  };

  return (
    <form className="toolbar stale-setting" onSubmit={save}>
      <label htmlFor={id}>Warn when a card is older than (days)</label>
      <input id={id} inputMode="numeric" value={draft} onChange={(e) => setDraft(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      <button type="submit">Save limit</button>
      {error && (
        <span id={`${id}-error`} role="alert" className="error">
          {error}
        </span>
      )}
    </form>
  );
}
