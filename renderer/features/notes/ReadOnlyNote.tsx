import { fieldLabel, fieldsOf, hiddenFields, templateDefinition } from '../../../shared/domain/note-templates.ts';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { observeFeedbackForNote } from '../../db/repos/feedback.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { Markdown } from '../../ui/Markdown.tsx';
import { CompetitorList } from '../crm/StageBadge.tsx';
import { formatDate, formatDateTime } from '../crm/labels.ts';
import { FeedbackList } from '../feedback/FeedbackList.tsx';
import type { Ownership } from '../team/ownership.ts';
import { ReadOnlyNotice } from '../team/ReadOnlyNotice.tsx';
import './notes.css';

/**
 * Another rep's note, as a manager reads it: text, template fields, labels, next steps and the
 * feedback logged from it, with no control that would change it (only its owner may).
 */
export function ReadOnlyNote({ note, ownership }: { note: CallNote; ownership: Ownership }) {
  const logged = useLiveQuery(`note-feedback:${note.id}`, (db) => observeFeedbackForNote(db, note.id));
  const fields = [
    ...fieldsOf(note.template).map((field) => ({ key: field.key, label: field.label, text: note.fields?.[field.key] ?? '' })),
    ...hiddenFields(note.template, note.fields).map((field) => ({ key: field.key, label: fieldLabel(field.key), text: field.text })),
  ].filter((field) => field.text.trim() !== '');
  const steps = note.nextSteps ?? [];
  return (
    <article className="note-editor note-read-only" aria-label="Note">
      <ReadOnlyNotice ownership={ownership} what="note" />
      <h2>{note.title.trim() || 'Untitled note'}</h2>
      <p className="muted">
        {templateDefinition(note.template)?.label ?? 'Blank note'} · last changed {formatDateTime(note.updatedAt)}
      </p>
      {fields.length > 0 && (
        <dl className="facts">
          {fields.map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd>{field.text}</dd>
            </div>
          ))}
        </dl>
      )}
      <section aria-label="Note text" className="markdown-preview">
        {note.body.trim() === '' ? <p className="muted">Nothing written.</p> : <Markdown text={note.body} />}
      </section>
      {note.tags.length > 0 && <p>Tags: {note.tags.join(', ')}</p>}
      <p>
        Competitors mentioned: <CompetitorList competitors={note.competitors} />
      </p>
      {steps.length > 0 && (
        <section aria-label="Next steps">
          <h3>Next steps</h3>
          <ul className="plain-list">
            {steps.map((step) => (
              <li key={step.id}>
                {step.done ? 'Done: ' : 'To do: '}
                {step.text}
                {step.dueAt !== null && <span className="muted"> · due {formatDate(step.dueAt)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <LoadState query={logged}>{(items) => (items.length > 0 ? <FeedbackList items={items} label="Feedback logged from this note" /> : null)}</LoadState>
    </article>
  );
}
