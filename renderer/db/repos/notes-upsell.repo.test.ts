import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { NoteNotFoundError, createNote, getNote } from './notes.repo.ts';
import { NoteHasNoAccountError, UPSELL_CLOSE_AFTER_DAYS, createUpsellOpportunity, upsellName } from './notes-upsell.repo.ts';

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase(['call_notes', 'accounts', 'opportunities']);
});
afterEach(async () => {
  await db.remove();
});

const DAY = 24 * 60 * 60 * 1000;

describe('createUpsellOpportunity', () => {
  it('opens a qualification-stage opportunity at the note’s account and links it in the note', async () => {
    await db.accounts.insert({ id: 'acc-1', ownerId: 'rep-1', name: 'Tamsin Foods', createdAt: 1, updatedAt: 1 });
    await db.opportunities.insert({
      id: 'opp-won', ownerId: 'rep-1', accountId: 'acc-1', name: 'Rollout', stage: 'closed_won', amount: 90_000,
      currency: 'EUR', product: 'Beacon Analytics', closeDate: 1, competitors: [], stageHistory: [], createdAt: 1, updatedAt: 1,
    });
    const note = await createNote(db, { ownerId: 'rep-1', title: 'Check-in: plant 4', template: 'check_in', accountId: 'acc-1', opportunityId: 'opp-won' });
    await db.call_notes.findOne(note.id).exec().then((doc) => doc?.incrementalPatch({ competitors: ['Quantrel'] }));

    const { opportunity, note: linked } = await createUpsellOpportunity(db, note.id, 10 * DAY);
    expect(opportunity).toMatchObject({
      ownerId: 'rep-1', accountId: 'acc-1', name: 'Tamsin Foods: Check-in: plant 4', stage: 'qualification', amount: 0,
      currency: 'EUR', product: 'Beacon Analytics', closeDate: (10 + UPSELL_CLOSE_AFTER_DAYS) * DAY, competitors: ['Quantrel'],
      stageHistory: [{ stage: 'qualification', at: 10 * DAY, amount: 0, closeDate: (10 + UPSELL_CLOSE_AFTER_DAYS) * DAY }],
    });
    expect(linked.opportunityId).toBe(opportunity.id);
    expect((await getNote(db, note.id))?.opportunityId).toBe(opportunity.id);
    expect(await db.opportunities.count().exec()).toBe(2);
  });

  it('refuses a note without an account, creating nothing', async () => {
    const note = await createNote(db, { ownerId: 'rep-1' });
    await expect(createUpsellOpportunity(db, note.id)).rejects.toBeInstanceOf(NoteHasNoAccountError);
    await expect(createUpsellOpportunity(db, 'missing')).rejects.toBeInstanceOf(NoteNotFoundError);
    expect(await db.opportunities.count().exec()).toBe(0);
  });

  it('names the opportunity after the account and the note, within the schema’s limit', () => {
    expect(upsellName('Acme', '  ')).toBe('Acme: upsell');
    expect(upsellName('Acme', 'x'.repeat(400))).toHaveLength(200);
  });
});
