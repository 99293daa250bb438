import { useState, type FormEvent } from 'react';
import type { FieldErrors, Parsed } from '../../../shared/domain/crm-input.ts';

/**
 * The submit path the account and opportunity forms share: check every field first, store only
 * what reads right, and keep a failed save's reason for the form to show.
 */
export function useFormSubmit<F, T, K extends string>(form: F, parse: (form: F) => Parsed<T, K>, onSave: (value: T) => Promise<void>) {
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parse(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    onSave(parsed.value)
      .catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)))
      .finally(() => setSaving(false));
  };

  return { errors, failure, saving, submit };
}
