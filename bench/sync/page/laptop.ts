/**
 * What the comparison needs from one laptop, whichever stack it runs: start syncing, write
 * notes, see notes arrive, and count what was received and what the server acknowledged.
 */
import type { CallNote } from '../../../shared/schemas/index.ts';
import type { LaptopConfig } from '../page-api.ts';

export interface Laptop {
  /** Documents received from the server so far (all kinds). */
  received(): number;
  /** Local changes the server has acknowledged so far. */
  pushed(): number;
  /** Calls `listener` whenever received() or pushed() may have changed. */
  onActivity(listener: () => void): () => void;
  /** Documents in the local database, all kinds. */
  storedCount(): Promise<number>;
  /** Calls `listener` with the id of every call note that lands in the local database. */
  onNoteStored(listener: (id: string) => void): () => void;
  /** Writes one note as the app would when a rep saves it; returns its id. */
  writeNote(note: NewNoteText): Promise<string>;
  /** Writes many notes in one bulk write. */
  writeNotes(notes: CallNote[]): Promise<void>;
  /** The sync state in a line, for errors when something never finishes. */
  describe(): string;
  stop(): Promise<void>;
}

export interface NewNoteText {
  ownerId: string;
  title: string;
  body: string;
}

export type OpenLaptop = (config: LaptopConfig) => Promise<Laptop>;

/** The same few hundred bytes of Markdown for every note either side writes. */
export function noteBody(index: number): string {
  return [
    '## Attendees',
    `Plant operations lead, procurement, me (visit ${index}).`,
    '',
    '## Notes',
    '- Waste on line 3 is down since the wall screens went live.',
    '- Procurement asked for a three-year price hold; security review is blocked on the SSO questionnaire.',
    '- Two plants still export CSV files by hand every night.',
    '',
    '## Next steps',
    '- Send the security overview and book a technical deep dive.',
  ].join('\n');
}

/** A complete call note, valid against the shared schema, for bulk writes. */
export function offlineNote(id: string, ownerId: string, index: number, now: number): CallNote {
  return {
    id,
    ownerId,
    accountId: '',
    opportunityId: null,
    meetingId: null,
    title: `Offline visit ${index}`,
    body: noteBody(index),
    template: null,
    tags: [],
    competitors: [],
    nextSteps: [],
    createdAt: now,
    updatedAt: now,
  };
}
