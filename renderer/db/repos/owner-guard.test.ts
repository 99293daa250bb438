import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSession, type SessionState } from '../../app/session.store.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { createAccount, updateAccount } from './accounts.repo.ts';
import { logFeedback } from './feedback.repo.ts';
import { createUpsellOpportunity } from './notes-upsell.repo.ts';
import * as notes from './notes.repo.ts';
import { createOpportunity, disqualifyOpportunityLead, moveOpportunity, qualifyOpportunityLead, updateOpportunity } from './opportunities.repo.ts';
import { NotYourDocumentError } from './owner-guard.ts';

const RILEY = 'demo-rep';
const MANAGER = 'demo-manager';
const initialSession: SessionState = useSession.getState();

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase(['accounts', 'opportunities', 'call_notes', 'feedback']);
});
afterEach(async () => {
  useSession.setState(initialSession, true);
  await db.remove();
});

function signInAs(userId: string): void {
  useSession.setState({ status: 'signed-in', userId });
}

const deal = { name: 'Rollout', stage: 'qualification' as const, amount: 1_000, currency: 'EUR', closeDate: 5_000, competitors: [] as string[] };

/** Riley's account, deal (an MQL lead) and note, written as Riley would have. */
async function rileysDocuments() {
  signInAs(RILEY);
  const account = await createAccount(db, RILEY, { name: 'Acme' }, 1);
  const created = await createOpportunity(db, { ownerId: RILEY, accountId: account.id, ...deal }, 2);
  // Marketing hands leads over by sync; here the lead is written straight into the collection.
  const stored = await db.opportunities.findOne(created.id).exec();
  if (!stored) throw new Error('The deal just created is missing.');
  const opportunity = (await stored.incrementalPatch({ lead: { status: 'mql' } })).toMutableJSON();
  const note = await notes.createNote(db, { ownerId: RILEY, accountId: account.id, title: 'Kick-off', body: 'Budget' }, 3);
  const withStep = await notes.addNextStep(db, note.id, { text: 'Send deck', dueAt: null }, 4);
  const stepId = withStep.nextSteps?.[0]?.id ?? '';
  await notes.addNoteLabel(db, note.id, 'tags', 'renewal', 5);
  return { account, opportunity, note, stepId };
}

type Docs = Awaited<ReturnType<typeof rileysDocuments>>;

const writes: [string, (d: Docs) => Promise<unknown>][] = [
  ['edit the account', (d) => updateAccount(db, d.account.id, { name: 'Acme Inc' })],
  ['create an account for Riley', () => createAccount(db, RILEY, { name: 'Globex' })],
  ['edit the deal', (d) => updateOpportunity(db, d.opportunity.id, { ...deal, name: 'Bigger rollout' })],
  ['move the deal', (d) => moveOpportunity(db, d.opportunity.id, 'proposal')],
  ['qualify the lead', (d) => qualifyOpportunityLead(db, d.opportunity.id)],
  ['disqualify the lead', (d) => disqualifyOpportunityLead(db, d.opportunity.id, 'No budget')],
  ['create a deal for Riley', (d) => createOpportunity(db, { ownerId: RILEY, accountId: d.account.id, ...deal })],
  ['save a draft of the note', (d) => notes.saveNoteDraft(db, d.note.id, { title: 'Kick-off', body: 'Budget' }, { title: 'Kick-off', body: 'Budget cut' })],
  ['change the note template', (d) => notes.updateNote(db, d.note.id, { template: 'discovery' })],
  ['settle a conflict on the note', (d) => notes.settleNoteConflict(db, d.note.id, 'any', 'mine')],
  ['add a next step', (d) => notes.addNextStep(db, d.note.id, { text: 'Call back', dueAt: null })],
  ['tick a next step', (d) => notes.updateNextStep(db, d.note.id, d.stepId, { done: true })],
  ['remove a next step', (d) => notes.removeNextStep(db, d.note.id, d.stepId)],
  ['add a tag', (d) => notes.addNoteLabel(db, d.note.id, 'tags', 'upsell')],
  ['remove a tag', (d) => notes.removeNoteLabel(db, d.note.id, 'tags', 'renewal')],
  ['delete the note', (d) => notes.deleteNote(db, d.note.id)],
  ['create a note for Riley', () => notes.createNote(db, { ownerId: RILEY, title: 'Mine now' })],
  ['create an upsell from the note', (d) => createUpsellOpportunity(db, d.note.id)],
  ['log feedback as Riley', () => logFeedback(db, { ownerId: RILEY, kind: 'praise', text: 'Great' })],
];

describe('repositories refuse to write another user’s documents', () => {
  it.each(writes)('a manager cannot %s, and nothing changes', async (_name, write) => {
    const docs = await rileysDocuments();
    const before = {
      accounts: await db.accounts.find().exec(),
      opportunities: await db.opportunities.find().exec(),
      notes: await db.call_notes.find().exec(),
    };
    signInAs(MANAGER);
    const refusal = write(docs);
    await expect(refusal).rejects.toThrow(NotYourDocumentError);
    await expect(refusal).rejects.toThrow(`belongs to ${RILEY}: only its owner can change it (you are signed in as ${MANAGER})`);
    expect((await db.accounts.find().exec()).map((d) => d.toJSON())).toEqual(before.accounts.map((d) => d.toJSON()));
    expect((await db.opportunities.find().exec()).map((d) => d.toJSON())).toEqual(before.opportunities.map((d) => d.toJSON()));
    expect((await db.call_notes.find().exec()).map((d) => d.toJSON())).toEqual(before.notes.map((d) => d.toJSON()));
    expect(await db.feedback.count().exec()).toBe(0);
  });

  it.each(writes)('the owner can still %s', async (_name, write) => {
    const docs = await rileysDocuments();
    await expect(write(docs)).resolves.not.toThrow();
  });

  it('writes freely before the session is known (tools and migrations write as anyone)', async () => {
    expect(useSession.getState().status).toBe('loading');
    await expect(createAccount(db, 'someone-else', { name: 'Initech' })).resolves.toMatchObject({ ownerId: 'someone-else' });
  });

  it('refuses in local mode too: the laptop’s own rep is the writer', async () => {
    useSession.setState({ status: 'local' });
    const created = await createAccount(db, useSession.getState().userId, { name: 'Local' });
    await expect(updateAccount(db, created.id, { name: 'Local Ltd' })).resolves.toMatchObject({ name: 'Local Ltd' });
    await expect(createAccount(db, RILEY, { name: 'Not mine' })).rejects.toThrow(NotYourDocumentError);
  });
});
