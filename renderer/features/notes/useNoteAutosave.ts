import { useEffect, useState } from 'react';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { updateNote, type NotePatch } from '../../db/repos/notes.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { createAutosave, type Autosave, type SaveStatus } from './autosave.ts';

/** Typing is written to the local database at most this long after a keystroke. */
export const NOTE_SAVE_DELAY_MS = 300;

/**
 * Autosave for one note's editor. Pending text is written when the editor closes and when the
 * page is hidden or unloaded, so leaving the screen or the app never drops the last words.
 */
export function useNoteAutosave(note: CallNote): { autosave: Autosave<NotePatch>; status: SaveStatus } {
  const db = useDatabase();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const [autosave] = useState(() =>
    createAutosave<NotePatch>({
      delayMs: NOTE_SAVE_DELAY_MS,
      save: async (patch) => {
        await updateNote(db, note.id, patch);
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

  return { autosave, status };
}
