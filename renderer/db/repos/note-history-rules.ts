/**
 * The rules of a note's local history: which saved versions are kept for the rep to restore.
 * Pure, so they are tested on their own (note-history.ts applies them to its Dexie table).
 *
 * - Typing keeps one version per window: saves within HISTORY_WINDOW_MS of a version's start
 *   update that version, so continuous typing yields one version every two minutes, not one
 *   per keystroke.
 * - A save that removes much text starts a new version, so the text before a large deletion
 *   (or before a restore) can always be brought back.
 * - At most HISTORY_MAX_VERSIONS per note, and none older than HISTORY_MAX_AGE_MS, except the
 *   newest, which is kept whatever its age.
 */
import type { NoteText } from '../../../shared/domain/draft-merge.ts';
import { isSameText } from '../../../shared/domain/draft-merge.ts';

export const HISTORY_WINDOW_MS = 2 * 60 * 1000;
export const HISTORY_MAX_VERSIONS = 30;
export const HISTORY_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
/** Removing at least this many characters at once starts a new version. */
export const LARGE_DELETION_CHARS = 200;

export interface HistoryVersion {
  id: number;
  noteId: string;
  /** When this version's window began. */
  startedAt: number;
  /** When it was last saved. */
  savedAt: number;
  text: NoteText;
}

export type HistoryWrite =
  | { action: 'skip'; prune: number[] }
  | { action: 'update'; id: number; prune: number[] }
  | { action: 'add'; prune: number[] };

export function textLength(text: NoteText): number {
  return text.title.length + text.body.length + Object.values(text.fields ?? {}).reduce((sum, value) => sum + (value?.length ?? 0), 0);
}

/** What to do with a newly saved text, given the note's versions newest first. */
export function planHistoryWrite(versions: readonly HistoryVersion[], text: NoteText, now: number): HistoryWrite {
  const [latest] = versions;
  let write: HistoryWrite;
  if (!latest) write = { action: 'add', prune: [] };
  else if (isSameText(latest.text, text)) write = { action: 'skip', prune: [] };
  else {
    const isWithinWindow = now - latest.startedAt < HISTORY_WINDOW_MS && now >= latest.startedAt;
    const isLargeDeletion = textLength(latest.text) - textLength(text) >= LARGE_DELETION_CHARS;
    write = isWithinWindow && !isLargeDeletion ? { action: 'update', id: latest.id, prune: [] } : { action: 'add', prune: [] };
  }
  return { ...write, prune: versionsToPrune(versions, now, write.action === 'add' ? 1 : 0) };
}

/** Versions past the count (leaving room for `adding` new ones) or the age limit; never the newest. */
export function versionsToPrune(versions: readonly HistoryVersion[], now: number, adding = 0): number[] {
  const keep = Math.max(1, HISTORY_MAX_VERSIONS - adding);
  return versions.filter((version, index) => index > 0 && (index >= keep || now - version.savedAt > HISTORY_MAX_AGE_MS)).map((version) => version.id);
}
