/**
 * Saving an editor's draft onto a note that changed underneath it (another device's edit
 * arrived by sync while the rep was typing). The draft was written on top of `base`; the
 * stored note is `stored`. Edits on both sides merge line by line; where they overlap, the
 * draft's text stays in the note and the stored text is kept as a conflict, so neither is lost.
 */
import type { NoteTextConflict } from './note-merge.ts';
import { mergeText } from './text-merge.ts';

export interface NoteText {
  title: string;
  body: string;
}

export interface DraftMerge extends NoteText {
  conflicts: NoteTextConflict[];
}

export function mergeDraft(base: NoteText, draft: NoteText, stored: NoteText): DraftMerge {
  if (stored.title === base.title && stored.body === base.body) return { ...draft, conflicts: [] };
  const title = mergeText(base.title, draft.title, stored.title);
  const body = mergeText(base.body, draft.body, stored.body);
  const conflicts: NoteTextConflict[] = [];
  if (title.hasConflict) conflicts.push({ field: 'title', base: base.title, ours: draft.title, theirs: stored.title });
  for (const segment of body.segments) {
    if (segment.kind === 'conflict') conflicts.push({ field: 'body', base: segment.base, ours: segment.ours, theirs: segment.theirs });
  }
  return { title: title.text, body: body.text, conflicts };
}
