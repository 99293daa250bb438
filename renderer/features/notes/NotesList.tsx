import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { NOTE_TEMPLATE_DEFINITIONS, templateDefinition } from '../../../shared/domain/note-templates.ts';
import { describeAge } from '../../../shared/domain/relative-time.ts';
import type { NoteTemplate } from '../../../shared/schemas/index.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import type { NewNoteRequest } from './NewNoteScreen.tsx';
import { QUICK_CAPTURE_SHORTCUT } from './QuickCapture.tsx';
import './notes.css';
import { useNow } from '../../ui/useNow.ts';
import { firstLine } from './note-preview.ts';
import { useRecentNotes } from './useNotes.ts';

export function NotesList({ selectedId }: { selectedId?: string }) {
  const navigate = useNavigate();
  const notes = useRecentNotes();
  const [template, setTemplate] = useState<NoteTemplate | ''>('');
  const now = useNow();

  const startNote = () => navigate('/notes/new', { state: { template: template || null } satisfies NewNoteRequest });

  return (
    <div className="notes-list">
      <div className="new-note">
        <label htmlFor="new-note-template">Template for a new note</label>
        <select id="new-note-template" value={template} onChange={(event) => setTemplate(event.target.value as NoteTemplate | '')}>
          <option value="">Blank note</option>
          {NOTE_TEMPLATE_DEFINITIONS.map((definition) => (
            <option key={definition.id} value={definition.id} title={definition.purpose}>
              {definition.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={startNote} aria-keyshortcuts={QUICK_CAPTURE_SHORTCUT} title="New note (Ctrl+Shift+N from anywhere)">
          New note
        </button>
      </div>
      <LoadState query={notes}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No notes yet. Start one before your next call.</p>
          ) : (
            <ul aria-label="Recent notes">
              {list.map((note) => (
                <li key={note.id}>
                  <Link to={`/notes/${note.id}`} aria-current={note.id === selectedId ? 'page' : undefined}>
                    {note.title.trim() || 'Untitled note'}
                  </Link>
                  <p className="muted">
                    {describeAge(note.updatedAt, now)}
                    {note.template ? ` · ${templateDefinition(note.template)?.label ?? ''}` : ''} · {firstLine(note.body) || 'No text yet'}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </div>
  );
}
