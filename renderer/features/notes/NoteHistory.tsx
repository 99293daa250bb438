import { useState } from 'react';
import { describeAge } from '../../../shared/domain/relative-time.ts';
import { getNoteHistory } from '../../db/repos/note-history.ts';
import type { HistoryVersion } from '../../db/repos/note-history-rules.ts';
import { textLength } from '../../db/repos/note-history-rules.ts';
import { useNow } from '../../ui/useNow.ts';

const savedAtFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function preview(version: HistoryVersion): string {
  const line = version.text.body.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^[#>*\-\s]+/, '').slice(0, 120) || 'No text';
}

/**
 * The note's local history (kept on this laptop only): earlier versions the rep can bring back.
 * Restoring replaces the text in the editor; the version it replaces stays in the history.
 */
export function NoteHistory({ noteId, onRestore }: { noteId: string; onRestore(version: HistoryVersion): void }) {
  const [versions, setVersions] = useState<HistoryVersion[] | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const now = useNow();

  const toggle = () => {
    if (isOpen) return setOpen(false);
    setOpen(true);
    setError(null);
    getNoteHistory()
      .list(noteId)
      .then(setVersions, (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  };

  return (
    <section className="note-history" aria-label="History">
      <button type="button" aria-expanded={isOpen} onClick={toggle}>
        History
      </button>
      {isOpen && error && <p role="alert">The history could not be read: {error}</p>}
      {isOpen && versions?.length === 0 && <p className="muted">No earlier versions yet: they are kept as you write.</p>}
      {isOpen && versions && versions.length > 0 && (
        <ol aria-label="Earlier versions">
          {versions.map((version) => (
            <li key={version.id}>
              <span>
                <strong>{savedAtFormat.format(version.savedAt)}</strong> ({describeAge(version.savedAt, now)}) · {textLength(version.text).toLocaleString()} characters ·{' '}
                <span className="muted">{preview(version)}</span>
              </span>
              <button
                type="button"
                aria-label={`Restore the version saved ${savedAtFormat.format(version.savedAt)}`}
                onClick={() => {
                  onRestore(version);
                  setOpen(false);
                }}
              >
                Restore
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
