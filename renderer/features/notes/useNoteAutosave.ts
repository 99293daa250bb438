import { useEffect, useState } from 'react';
import type { NoteText } from '../../../shared/domain/draft-merge.ts';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { saveNoteDraft } from '../../db/repos/notes.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { createAutosave, type Autosave, type SaveStatus } from './autosave.ts';

/** Typing is written to the local database at most this long after a keystroke. */
export const NOTE_SAVE_DELAY_MS = 300;

/** What the editor hands to autosave: the text, and the stored text it was written on top of. */
export interface DraftChange {
  draft: NoteText;
  base: NoteText;
}

export interface NoteAutosave {
  autosave: Autosave<DraftChange>;
  status: SaveStatus;
  /** The stored text the editor's draft builds on: what it loaded, adopted or last saved. */
  synced: NoteText;
  /** The editor took the stored text as its draft (an edit from another device, while idle). */
  adopt(stored: NoteText): void;
}

/**
 * Autosave for one note's editor. Pending text is written when the editor closes and when the
 * page is hidden or unloaded, so leaving the screen or the app never drops the last words.
 * Each save merges with anything that arrived by sync meanwhile (saveNoteDraft).
 */
export function useNoteAutosave(note: CallNote): NoteAutosave {
  const db = useDatabase();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const [synced, setSynced] = useState<NoteText>({ title: note.title, body: note.body });
  const [autosave] = useState(() =>
    createAutosave<DraftChange>({
      delayMs: NOTE_SAVE_DELAY_MS,
      save: async ({ draft, base }) => {
        await saveNoteDraft(db, note.id, base, draft);
        // The next draft builds on this one; whatever else the store now holds is merged again.
        setSynced(draft);
      },
      onStatus: setStatus,
    }),
  );

  useEffect(() => {
    const flushNow = () => void autosave.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      flushNow();
    };
  }, [autosave]);

  return { autosave, status, synced, adopt: setSynced };
}
