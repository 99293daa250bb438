/** A labelled input with its error announced and tied to it (aria-describedby). */
export function FormField({
  id,
  label,
  value,
  onChange,
  error,
  multiline,
  type = 'text',
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  multiline?: boolean | undefined;
  type?: 'text' | 'date';
}) {
  const errorId = `${id}-error`;
  const common = { id, value, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined } as const;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} /> : <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
