import { observeNoteLinkChoices } from '../../db/repos/notes-links.repo.ts';
import { observeNote, observeRecentNotes } from '../../db/repos/notes.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export function useRecentNotes() {
  return useLiveQuery('recent-notes', (db) => observeRecentNotes(db));
}

export function useNote(id: string) {
  return useLiveQuery(`note:${id}`, (db) => observeNote(db, id));
}

export function useNoteLinkChoices() {
  return useLiveQuery('note-link-choices', (db) => observeNoteLinkChoices(db));
}
