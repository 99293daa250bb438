/** The foot of a feedback form: its submit button (off while saving), Cancel when offered, and the error. */
export function FormActions({ submitLabel, isSaving, error, onCancel }: { submitLabel: string; isSaving: boolean; error: string | null; onCancel?: () => void }) {
  return (
    <>
      <div className="actions">
        <button type="submit" disabled={isSaving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
