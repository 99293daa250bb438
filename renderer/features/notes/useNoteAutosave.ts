import { useEffect, useState } from 'react';
import type { NoteText } from '../../../shared/domain/draft-merge.ts';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { getNoteHistory } from '../../db/repos/note-history.ts';
import { saveNoteDraft } from '../../db/repos/notes.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { NOTE_SAVE_MEASURE, createAutosave, type Autosave, type SaveStatus } from './autosave.ts';

/** Typing is written to the local database at most this long after a keystroke. */
export const NOTE_SAVE_DELAY_MS = 300;
/** The local history takes the saved text at most this often while the rep types (and on leaving). */
export const HISTORY_RECORD_INTERVAL_MS = 10_000;

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
  /** Puts a text in the note's local history now (before a restore replaces it). */
  keepInHistory(text: NoteText): Promise<void>;
}

/** The typed parts of a stored note. */
export function noteText(note: CallNote): NoteText {
  return { title: note.title, body: note.body, ...(note.fields ? { fields: note.fields } : {}) };
}

/** The timeline keeps User Timing entries until cleared: a day of typing must not grow it without end. */
const MAX_SAVE_MEASURES = 1_000;
let saveMeasures = 0;

function recordSaveTiming(started: number, bodyLength: number): void {
  if (saveMeasures >= MAX_SAVE_MEASURES) {
    performance.clearMeasures(NOTE_SAVE_MEASURE);
    saveMeasures = 0;
  }
  saveMeasures += 1;
  performance.measure(NOTE_SAVE_MEASURE, { start: started, detail: { bodyLength } });
}

function warn(cause: unknown) {
  console.warn('The note history could not be written:', cause);
}

/**
 * Autosave for one note's editor. Pending text is written when the editor closes and when the
 * window loses focus, is hidden or unloads, so leaving the screen or the app never drops the
 * last words. Each save merges with anything that arrived by sync meanwhile (saveNoteDraft);
 * the local history follows along (never delaying the save itself).
 */
export function useNoteAutosave(note: CallNote): NoteAutosave {
  const db = useDatabase();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const [synced, setSynced] = useState<NoteText>(() => noteText(note));
  const [{ autosave, keepInHistory, recordLatest }] = useState(() => {
    const history = getNoteHistory();
    let lastRecordedAt = 0;
    let latest: NoteText | null = null;
    const record = (text: NoteText) => {
      lastRecordedAt = Date.now();
      return history.record(note.id, text, lastRecordedAt);
    };
    return {
      autosave: createAutosave<DraftChange>({
        delayMs: NOTE_SAVE_DELAY_MS,
        save: async ({ draft, base }) => {
          const started = performance.now();
          await saveNoteDraft(db, note.id, base, draft);
          recordSaveTiming(started, draft.body.length);
          // The next draft builds on this one; whatever else the store now holds is merged again.
          setSynced(draft);
          latest = draft;
          if (Date.now() - lastRecordedAt >= HISTORY_RECORD_INTERVAL_MS) record(draft).catch(warn);
        },
        onStatus: setStatus,
      }),
      keepInHistory: record,
      /** The last saved text into the history, once writes are done (leaving the note or the app). */
      recordLatest: () => {
        if (latest) record(latest).catch(warn);
        latest = null;
      },
    };
  });

  useEffect(() => {
    const flushNow = () => void autosave.flush().then(recordLatest);
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', flushNow);
    window.addEventListener('blur', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', flushNow);
      window.removeEventListener('blur', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      flushNow();
    };
  }, [autosave, recordLatest]);

  return { autosave, status, synced, adopt: setSynced, keepInHistory };
}
