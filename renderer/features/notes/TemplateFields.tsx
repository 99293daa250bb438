import { fieldLabel, fieldsOf, hiddenFields, type NoteFieldKey, type NoteFields } from '../../../shared/domain/note-templates.ts';
import type { NoteTemplate } from '../../../shared/schemas/index.ts';

export interface TemplateFieldsProps {
  template: NoteTemplate | null;
  fields: NoteFields;
  onChange(key: NoteFieldKey, text: string): void;
  onBlur(): void;
}

/**
 * The template's structured fields (Discovery: budget, authority, need, timeline…). Text kept
 * under another template stays visible and editable below, so switching templates hides nothing.
 */
export function TemplateFields({ template, fields, onChange, onBlur }: TemplateFieldsProps) {
  const shown = fieldsOf(template);
  const kept = hiddenFields(template, fields);
  if (shown.length === 0 && kept.length === 0) return null;
  const field = (key: NoteFieldKey, label: string, hint: string) => (
    <div key={key} className="template-field">
      <label htmlFor={`note-field-${key}`}>{label}</label>
      <textarea
        id={`note-field-${key}`}
        rows={2}
        value={fields[key] ?? ''}
        placeholder={hint}
        onChange={(event) => onChange(key, event.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
  return (
    <fieldset className="template-fields">
      <legend>{shown.length > 0 ? 'Template fields' : 'Fields from another template'}</legend>
      {shown.map((f) => field(f.key, f.label, f.hint))}
      {kept.length > 0 && shown.length > 0 && <p className="muted">Written under another template:</p>}
      {kept.map((f) => field(f.key, fieldLabel(f.key), ''))}
    </fieldset>
  );
}
