import { useState } from 'react';
import type { CallNote } from '../../../shared/schemas/index.ts';
import type { NoteLinkChoices } from '../../db/repos/notes-links.repo.ts';
import { updateNote, type NotePatch } from '../../db/repos/notes.repo.ts';
import { createUpsellOpportunity } from '../../db/repos/notes-upsell.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useNoteLinkChoices } from './useNotes.ts';

/**
 * The account, opportunity and meeting a note belongs to. Picking an opportunity or a meeting
 * also fills in its account (and a meeting's deal) when the note has none yet. From a note at an
 * account, the rep can open an upsell opportunity (post-sale check-ins).
 */
export function NoteLinks({ note }: { note: CallNote }) {
  const choices = useNoteLinkChoices();
  return <LoadState query={choices}>{(found) => <NoteLinkPickers note={note} choices={found} />}</LoadState>;
}

function NoteLinkPickers({ note, choices }: { note: CallNote; choices: NoteLinkChoices }) {
  const db = useDatabase();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = (patch: NotePatch) => {
    setError(null);
    setNotice(null);
    updateNote(db, note.id, patch).catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  };
  const inAccount = <T extends { accountId: string | null }>(list: T[]) => (note.accountId ? list.filter((c) => c.accountId === note.accountId) : list);

  const pickOpportunity = (id: string) => {
    const opportunity = choices.opportunities.find((c) => c.id === id);
    save({ opportunityId: id || null, ...(opportunity && !note.accountId ? { accountId: opportunity.accountId ?? '' } : {}) });
  };
  const pickMeeting = (id: string) => {
    const meeting = choices.meetings.find((c) => c.id === id);
    save({ meetingId: id || null, ...(meeting && !note.accountId ? { accountId: meeting.accountId ?? '' } : {}) });
  };
  const pickAccount = (id: string) => {
    // Links to another account's deal or meeting would contradict the new account: they go.
    const keeps = (linkId: string | null, list: { id: string; accountId: string | null }[]) =>
      linkId === null || list.find((c) => c.id === linkId)?.accountId === id;
    save({
      accountId: id,
      ...(keeps(note.opportunityId, choices.opportunities) ? {} : { opportunityId: null }),
      ...(keeps(note.meetingId, choices.meetings) ? {} : { meetingId: null }),
    });
  };

  const createUpsell = () => {
    setError(null);
    createUpsellOpportunity(db, note.id).then(
      ({ opportunity }) => setNotice(`Upsell opportunity created: ${opportunity.name} (Qualification). It is linked to this note.`),
      (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)),
    );
  };

  const picker = (id: string, label: string, value: string | null, list: { id: string; label: string }[], onPick: (id: string) => void) => (
    <div className="link-picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onPick(event.target.value)}>
        <option value="">None</option>
        {list.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
        {/* A link to something not on this laptop (yet) is shown, not silently dropped. */}
        {value && !list.some((choice) => choice.id === value) && <option value={value}>Not on this laptop ({value})</option>}
      </select>
    </div>
  );

  return (
    <fieldset className="note-links">
      <legend>Linked to</legend>
      {picker('note-account', 'Account', note.accountId || null, choices.accounts, pickAccount)}
      {picker('note-opportunity', 'Opportunity', note.opportunityId, inAccount(choices.opportunities), pickOpportunity)}
      {picker('note-meeting', 'Meeting', note.meetingId, inAccount(choices.meetings), pickMeeting)}
      {note.accountId ? (
        <button type="button" onClick={createUpsell}>
          Create upsell opportunity
        </button>
      ) : (
        <p className="muted">Link an account to create an upsell opportunity from this note.</p>
      )}
      {notice && <p role="status">{notice}</p>}
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}
