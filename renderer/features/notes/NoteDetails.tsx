import { memo } from 'react';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { addNoteLabel, removeNoteLabel } from '../../db/repos/notes.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { LabelList } from './LabelList.tsx';
import { NextSteps } from './NextSteps.tsx';
import { NoteLinks } from './NoteLinks.tsx';

/**
 * A note's structured details: links, tags, competitors and next steps. Each change is saved
 * at once. Memoised on the stored note, so typing in the note text never re-renders it.
 */
export const NoteDetails = memo(function NoteDetails({ note }: { note: CallNote }) {
  const db = useDatabase();
  return (
    <>
      <NoteLinks note={note} />
      <LabelList
        label="Tags"
        itemName="tag"
        labels={note.tags}
        onAdd={(label) => addNoteLabel(db, note.id, 'tags', label)}
        onRemove={(label) => removeNoteLabel(db, note.id, 'tags', label)}
      />
      <LabelList
        label="Competitors mentioned"
        itemName="competitor"
        labels={note.competitors}
        onAdd={(label) => addNoteLabel(db, note.id, 'competitors', label)}
        onRemove={(label) => removeNoteLabel(db, note.id, 'competitors', label)}
      />
      <NextSteps note={note} />
    </>
  );
});
