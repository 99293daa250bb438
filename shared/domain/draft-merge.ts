/**
 * Saving an editor's draft onto a note that changed underneath it (another device's edit
 * arrived by sync while the rep was typing). The draft was written on top of `base`; the
 * stored note is `stored`. Edits on both sides merge line by line; where they overlap, the
 * draft's text stays in the note and the stored text is kept as a conflict, so neither is lost.
 */
import type { CallNote } from '../schemas/index.ts';
import { isDeepEqual } from './record-merge.ts';
import { mergeFields, type NoteTextConflict } from './note-merge.ts';
import { mergeText } from './text-merge.ts';

/** What the rep types into a note: its title, its body and its template's fields. */
export interface NoteText {
  title: string;
  body: string;
  fields?: NonNullable<CallNote['fields']>;
}

export interface DraftMerge extends NoteText {
  conflicts: NoteTextConflict[];
}

/** Same text, fields included (an absent fields object and an empty one are the same). */
export function isSameText(a: NoteText, b: NoteText): boolean {
  return a.title === b.title && a.body === b.body && isDeepEqual(a.fields ?? {}, b.fields ?? {});
}

export function mergeDraft(base: NoteText, draft: NoteText, stored: NoteText): DraftMerge {
  if (isSameText(stored, base)) return { ...draft, conflicts: [] };
  const title = mergeText(base.title, draft.title, stored.title);
  const body = mergeText(base.body, draft.body, stored.body);
  const conflicts: NoteTextConflict[] = [];
  if (title.hasConflict) conflicts.push({ field: 'title', base: base.title, ours: draft.title, theirs: stored.title });
  for (const segment of body.segments) {
    if (segment.kind === 'conflict') conflicts.push({ field: 'body', base: segment.base, ours: segment.ours, theirs: segment.theirs });
  }
  const result: DraftMerge = { title: title.text, body: body.text, conflicts };
  if (draft.fields !== undefined || stored.fields !== undefined) {
    const fields = mergeFields(base.fields, draft.fields, stored.fields);
    result.fields = fields.merged;
    conflicts.push(...fields.conflicts);
  }
  return result;
}
