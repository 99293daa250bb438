import { useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isSameText, type NoteText } from '../../../shared/domain/draft-merge.ts';
import { NOTE_TEMPLATE_DEFINITIONS, type NoteFieldKey } from '../../../shared/domain/note-templates.ts';
import type { CallNote, NoteTemplate } from '../../../shared/schemas/index.ts';
import { getNoteHistory } from '../../db/repos/note-history.ts';
import type { HistoryVersion } from '../../db/repos/note-history-rules.ts';
import { deleteNote, updateNote } from '../../db/repos/notes.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { NoteQualification } from '../readiness/NoteQualification.tsx';
import type { SaveStatus } from './autosave.ts';
import { MarkdownEditor } from './MarkdownEditor.tsx';
import { NoteConflicts } from './NoteConflicts.tsx';
import { NoteDetails } from './NoteDetails.tsx';
import { NoteFeedback } from './NoteFeedback.tsx';
import { NoteHistory } from './NoteHistory.tsx';
import { TemplateFields } from './TemplateFields.tsx';
import { noteText, useNoteAutosave } from './useNoteAutosave.ts';
import './notes.css';

function describeStatus(status: SaveStatus): string {
  switch (status.state) {
    case 'saved':
      return 'Saved on this laptop';
    case 'pending':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${status.message}. Your text is still here.`;
  }
}

const errorText = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

export function NoteEditor({ note }: { note: CallNote }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const isNew = (useLocation().state as { isNew?: boolean } | null)?.isNew === true;
  const [draft, setDraft] = useState<NoteText>(() => noteText(note));
  const { autosave, status, synced, adopt, keepInHistory } = useNoteAutosave(note);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // Another device's edit arrived while the rep is not typing: show it. (While typing, the
  // next save merges it in, and it shows once the editor is idle again.)
  const stored = noteText(note);
  if (!isSameText(stored, synced) && status.state === 'saved') {
    adopt(stored);
    if (!isSameText(stored, draft)) setDraft(stored);
  }
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const edit = (patch: Partial<NoteText>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    autosave.change({ draft: next, base: synced });
  };
  const editField = (key: NoteFieldKey, text: string) => edit({ fields: { ...draft.fields, [key]: text } });
  const flush = () => void autosave.flush();

  const restore = (version: HistoryVersion) => {
    setError(null);
    // The text being replaced goes into the history first, so a restore can be undone.
    keepInHistory(draft).then(
      () => {
        edit({ title: version.text.title, body: version.text.body, fields: version.text.fields ?? {} });
        setNotice('An earlier version is back in the note. The text it replaced is in the history.');
      },
      (cause: unknown) => setError(`The current text could not be kept in the history, so nothing was restored: ${errorText(cause)}`),
    );
  };

  const changeTemplate = (template: NoteTemplate | null) => {
    setError(null);
    updateNote(db, note.id, { template }).catch((cause: unknown) => setError(errorText(cause)));
  };

  const remove = () => {
    autosave.discard();
    deleteNote(db, note.id).then(
      () => {
        getNoteHistory().forget(note.id).catch((cause: unknown) => console.warn('Note history not cleared:', cause));
        navigate('/notes', { replace: true, state: { notice: 'Note deleted.' } });
      },
      (cause: unknown) => setError(`The note could not be deleted: ${errorText(cause)}`),
    );
  };

  return (
    <div className="note-editor" role="group" aria-label="Note">
      <label htmlFor="note-title">Title</label>
      <input
        id="note-title"
        value={draft.title}
        maxLength={300}
        placeholder="Who, what, when"
        // A new note starts with the cursor in its title; an existing one waits for the rep.
        autoFocus={isNew}
        onChange={(event) => edit({ title: event.target.value })}
        onBlur={flush}
      />
      <label htmlFor="note-template">Template</label>
      <select id="note-template" value={note.template ?? ''} onChange={(event) => changeTemplate((event.target.value || null) as NoteTemplate | null)}>
        <option value="">Blank note</option>
        {NOTE_TEMPLATE_DEFINITIONS.map((template) => (
          <option key={template.id} value={template.id}>
            {template.label}
          </option>
        ))}
      </select>
      <TemplateFields template={note.template} fields={draft.fields ?? {}} onChange={editField} onBlur={flush} />
      <NoteQualification note={note} />
      <MarkdownEditor id="note-body" label="Note text" value={draft.body} onChange={(body) => edit({ body })} onBlur={flush} textareaRef={bodyRef} />
      <NoteFeedback note={note} textareaRef={bodyRef} />
      {note.conflicts && note.conflicts.length > 0 && <NoteConflicts noteId={note.id} conflicts={note.conflicts} />}
      <NoteDetails note={note} />
      <NoteHistory noteId={note.id} onRestore={restore} />
      {notice && <p role="status">{notice}</p>}
      <div className="editor-footer">
        <p role="status" aria-live="polite" className={status.state === 'failed' ? 'error' : 'muted'}>
          {describeStatus(status)}
        </p>
        {status.state === 'failed' && (
          <button type="button" onClick={flush}>
            Retry saving
          </button>
        )}
        {isConfirmingDelete ? (
          <div role="group" aria-label="Confirm deletion" className="confirm">
            <span>Delete this note for good?</span>
            <button type="button" className="danger" onClick={remove}>
              Delete
            </button>
            <button type="button" onClick={() => setConfirmingDelete(false)}>
              Keep note
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirmingDelete(true)}>
            Delete note
          </button>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
