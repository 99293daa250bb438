import { observeNote, observeRecentNotes } from '../../db/repos/notes.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export function useRecentNotes() {
  return useLiveQuery('recent-notes', (db) => observeRecentNotes(db));
}

export function useNote(id: string) {
  return useLiveQuery(`note:${id}`, (db) => observeNote(db, id));
}
