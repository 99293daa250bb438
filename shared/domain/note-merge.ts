/**
 * Conflict resolution for call notes (ARCHITECTURE.md, Sync): a three-way merge with base =
 * assumedMasterState, ours = this laptop's note, theirs = the server's current master.
 * Non-overlapping edits merge; overlapping text edits keep ours in the note and both versions in
 * `conflicts` for the rep to settle. Pure: inputs are never mutated.
 */
import type { CallNote } from '../schemas/index.ts';
import { mergeById, mergeRecord, mergeSet } from './record-merge.ts';
import { mergeText } from './text-merge.ts';

export interface NoteTextConflict {
  field: 'title' | 'body' | 'nextStep' | 'templateField';
  /** With field 'nextStep': the step whose text both sides changed. */
  stepId?: string;
  /** With field 'templateField': the key of the template field both sides changed. */
  fieldKey?: string;
  base: string;
  ours: string;
  theirs: string;
}

export interface NoteMerge {
  merged: CallNote;
  conflicts: NoteTextConflict[];
}

type NextStep = NonNullable<CallNote['nextSteps']>[number];

/** Merged below by their own rules; mergeRecord handles the rest (links, template, owner, ids). */
const MERGED_SEPARATELY = [
  'title',
  'body',
  'tags',
  'competitors',
  'nextSteps',
  'fields',
  'conflicts',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof CallNote)[];

/**
 * A null base (both laptops created the note, or the base is unknown) is an empty note for the
 * text fields, so differing text is a conflict, and "no opinion" elsewhere: labels and next steps
 * from both sides are kept (nothing was removed from a base nobody knows), and a field holding
 * different values takes theirs.
 */
export function mergeNote(base: CallNote | null, ours: CallNote, theirs: CallNote): NoteMerge {
  const { merged: rest } = mergeRecord(base, ours, theirs, { ignore: [...MERGED_SEPARATELY] });
  const baseTitle = base?.title ?? '';
  const baseBody = base?.body ?? '';
  const title = mergeText(baseTitle, ours.title, theirs.title);
  const body = mergeText(baseBody, ours.body, theirs.body);

  const conflicts: NoteTextConflict[] = [];
  // A title is one line a rep reads whole: its conflict carries the whole titles.
  if (title.hasConflict) conflicts.push({ field: 'title', base: baseTitle, ours: ours.title, theirs: theirs.title });
  for (const segment of body.segments) {
    if (segment.kind === 'conflict') {
      conflicts.push({ field: 'body', base: segment.base, ours: segment.ours, theirs: segment.theirs });
    }
  }

  const merged: CallNote = {
    ...rest,
    title: title.text,
    body: body.text,
    tags: mergeSet(base?.tags ?? [], ours.tags, theirs.tags),
    competitors: mergeSet(base?.competitors ?? [], ours.competitors, theirs.competitors),
    createdAt: Math.min(ours.createdAt, theirs.createdAt),
    updatedAt: Math.max(ours.updatedAt, theirs.updatedAt),
  };
  // nextSteps is optional in the schema: a note that never had the field keeps it absent.
  if (ours.nextSteps !== undefined || theirs.nextSteps !== undefined) {
    merged.nextSteps = mergeById(base?.nextSteps ?? [], ours.nextSteps ?? [], theirs.nextSteps ?? [], (b, o, t) => {
      const step = mergeNextStep(b, o, t);
      if (step.conflict) conflicts.push(step.conflict);
      return step.merged;
    });
  }
  // Template fields: each key is a small text of its own, merged like the body.
  if (ours.fields !== undefined || theirs.fields !== undefined) {
    const fields = mergeFields(base?.fields, ours.fields, theirs.fields);
    merged.fields = fields.merged;
    conflicts.push(...fields.conflicts);
  }
  // Conflicts already awaiting the rep: one settled on either side stays settled.
  if (ours.conflicts !== undefined || theirs.conflicts !== undefined) {
    merged.conflicts = mergeById(base?.conflicts ?? [], ours.conflicts ?? [], theirs.conflicts ?? [], (_b, o) => o);
  }
  return { merged, conflicts };
}

type NoteFields = NonNullable<CallNote['fields']>;

/**
 * Template fields key by key, each a three-way text merge; where both sides rewrote the same
 * lines, ours stays in the field and the whole texts are kept as a conflict. A key whose
 * merged text is empty is left out.
 */
export function mergeFields(
  base: NoteFields | undefined,
  ours: NoteFields | undefined,
  theirs: NoteFields | undefined,
): { merged: NoteFields; conflicts: NoteTextConflict[] } {
  const keys = new Set([...Object.keys(base ?? {}), ...Object.keys(ours ?? {}), ...Object.keys(theirs ?? {})]) as Set<keyof NoteFields>;
  const merged: NoteFields = {};
  const conflicts: NoteTextConflict[] = [];
  for (const key of [...keys].sort()) {
    const baseText = ownText(base, key);
    const ourText = ownText(ours, key);
    const theirText = ownText(theirs, key);
    const result = mergeText(baseText, ourText, theirText);
    if (result.hasConflict) conflicts.push({ field: 'templateField', fieldKey: key, base: baseText, ours: ourText, theirs: theirText });
    if (result.text !== '') merged[key] = result.text;
  }
  return { merged, conflicts };
}

function ownText(fields: NoteFields | undefined, key: keyof NoteFields): string {
  return fields !== undefined && Object.hasOwn(fields, key) ? (fields[key] ?? '') : '';
}

/**
 * Field by field: one side ticks a step done while the other edits its text → both apply. Text
 * changed on both sides keeps ours and reports theirs, so neither rep's words are lost.
 */
function mergeNextStep(base: NextStep | null, ours: NextStep, theirs: NextStep): { merged: NextStep; conflict: NoteTextConflict | null } {
  const { merged } = mergeRecord(base, ours, theirs);
  const baseText = base?.text ?? '';
  const isTextConflict = ours.text !== theirs.text && ours.text !== baseText && theirs.text !== baseText;
  if (!isTextConflict) return { merged, conflict: null };
  return {
    merged: { ...merged, text: ours.text },
    conflict: { field: 'nextStep', stepId: ours.id, base: baseText, ours: ours.text, theirs: theirs.text },
  };
}
