/**
 * How this laptop settles a push the server refused because another device changed the same
 * document first. Published content: the server's version. A call note: a three-way merge
 * (base = the state this laptop last saw), with overlapping edits kept as conflicts for the
 * rep to settle. Other records a rep owns: field by field, the server's value where both
 * changed the same field. A document edited on one side and deleted on the other stays, edited:
 * nothing a rep typed disappears.
 */
import type { RxConflictHandler, WithDeleted } from 'rxdb';
import { mergeNote } from '../../shared/domain/note-merge.ts';
import { isDeepEqual, mergeRecord } from '../../shared/domain/record-merge.ts';
import type { CallNote, CollectionName } from '../../shared/schemas/index.ts';
import { OWNED_COLLECTIONS } from '../../shared/schemas/index.ts';

type Doc = Record<string, unknown>;

const isEqual = (a: unknown, b: unknown) => isDeepEqual(a, b);

/**
 * Deletions against edits. This laptop deleted what another device edited: the edit stays.
 * Another device deleted what this laptop edited: the note comes back, merged with what the
 * deleted version held (other devices' words included), so no edit is lost to a deletion.
 * Returns null when the states are to be merged (the master taken as not deleted).
 */
function settleDeletion<T>(i: { newDocumentState: WithDeleted<T>; realMasterState: WithDeleted<T> }): WithDeleted<T> | null {
  const { newDocumentState: ours, realMasterState: theirs } = i;
  if (ours._deleted) return theirs;
  return null;
}

export const noteConflictHandler: RxConflictHandler<CallNote> = {
  isEqual,
  async resolve(input) {
    const settled = settleDeletion(input);
    if (settled) return settled;
    const { _deleted: _ignoredBase, ...base } = input.assumedMasterState ?? { _deleted: false };
    const { _deleted: _ours, ...ours } = input.newDocumentState;
    const { _deleted: _theirs, ...theirs } = input.realMasterState;
    const { merged, conflicts } = mergeNote(input.assumedMasterState ? (base as CallNote) : null, ours, theirs);
    if (conflicts.length === 0) return { ...merged, _deleted: false };
    const detectedAt = Date.now();
    const added = conflicts.map((conflict) => ({ ...conflict, id: crypto.randomUUID(), detectedAt }));
    return { ...merged, conflicts: [...(merged.conflicts ?? []), ...added].slice(-50), _deleted: false };
  },
};

export const recordConflictHandler: RxConflictHandler<Doc> = {
  isEqual,
  async resolve(input) {
    const settled = settleDeletion(input);
    if (settled) return settled;
    const { _deleted: _base, ...base } = input.assumedMasterState ?? { _deleted: false };
    const { _deleted: _ours, ...ours } = input.newDocumentState;
    const { _deleted: _theirs, ...theirs } = input.realMasterState;
    const { merged } = mergeRecord(input.assumedMasterState ? base : null, ours, theirs);
    return { ...merged, _deleted: false };
  },
};

/** The handler for each collection; undefined keeps RxDB's default (the server's version). */
export function conflictHandlerFor(name: CollectionName): RxConflictHandler<Doc> | undefined {
  // RxDB hands each collection's handler that collection's documents only.
  if (name === 'call_notes') return noteConflictHandler as unknown as RxConflictHandler<Doc>;
  if ((OWNED_COLLECTIONS as readonly CollectionName[]).includes(name)) return recordConflictHandler;
  return undefined;
}
