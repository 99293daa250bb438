import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeadDecisionError } from '../../../shared/domain/pipeline.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { AccountNotFoundError, createAccount, observeAccount, observeAccounts, updateAccount } from './accounts.repo.ts';
import {
  OpportunityNotFoundError,
  createOpportunity,
  disqualifyOpportunityLead,
  moveOpportunity,
  observeAccountOpportunities,
  qualifyOpportunityLead,
  updateOpportunity,
} from './opportunities.repo.ts';

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase(['accounts', 'opportunities']);
});
afterEach(async () => {
  await db.remove();
});

const deal = { name: 'Rollout', stage: 'demo', amount: 1_000, currency: 'EUR', closeDate: 5_000, competitors: ['Quantrel'] } as const;

describe('accounts repository', () => {
  it('creates, lists by name and edits an account, removing emptied fields', async () => {
    const zeta = await createAccount(db, 'rep', { name: 'Zeta', city: 'Ghent' }, 10);
    await createAccount(db, 'rep', { name: 'Alpha' }, 11);
    expect((await firstValueFrom(observeAccounts(db))).map((a) => a.name)).toEqual(['Alpha', 'Zeta']);
    await updateAccount(db, zeta.id, { name: 'Zeta Foods', industry: 'Food' }, 20);
    expect(await firstValueFrom(observeAccount(db, zeta.id))).toMatchObject({ name: 'Zeta Foods', industry: 'Food', updatedAt: 20, createdAt: 10 });
    expect((await firstValueFrom(observeAccount(db, zeta.id)))?.city).toBeUndefined();
  });

  it('refuses to edit an account that is not there', async () => {
    await expect(updateAccount(db, 'missing', { name: 'x' })).rejects.toThrow(AccountNotFoundError);
  });
});

describe('opportunities repository', () => {
  it('creates a deal with its first stage in the history, and keeps every move', async () => {
    const created = await createOpportunity(db, { ownerId: 'rep', accountId: 'acc', ...deal, competitors: [...deal.competitors] }, 100);
    expect(created.stageHistory).toEqual([{ stage: 'demo', at: 100, amount: 1_000, closeDate: 5_000 }]);
    await moveOpportunity(db, created.id, 'proposal', 200);
    const edited = await updateOpportunity(db, created.id, { ...deal, competitors: [], stage: 'negotiation', amount: 1_500 }, 300);
    expect(edited).toMatchObject({ stage: 'negotiation', amount: 1_500, competitors: [] });
    expect(edited.stageHistory).toEqual([
      { stage: 'demo', at: 100, amount: 1_000, closeDate: 5_000 },
      { stage: 'proposal', at: 200, amount: 1_000, closeDate: 5_000 },
      { stage: 'negotiation', at: 300, amount: 1_500, closeDate: 5_000 },
    ]);
    const moved = await updateOpportunity(db, created.id, { ...deal, competitors: [], stage: 'negotiation', amount: 1_500, closeDate: 8_000 }, 400);
    expect(moved.stageHistory.at(-1)).toEqual({ stage: 'negotiation', at: 400, amount: 1_500, closeDate: 8_000 });
    const renamed = await updateOpportunity(db, created.id, { ...deal, name: 'Rollout phase 1', competitors: [], stage: 'negotiation', amount: 1_500, closeDate: 8_000 }, 500);
    expect(renamed.stageHistory).toHaveLength(4);
    expect((await firstValueFrom(observeAccountOpportunities(db, 'acc'))).map((o) => o.id)).toEqual([created.id]);
  });

  it('qualifies and disqualifies marketing-qualified leads', async () => {
    const lead = await db.opportunities.insert({
      id: 'lead',
      ownerId: 'rep',
      accountId: 'acc',
      name: 'Webinar lead',
      stage: 'qualification',
      amount: 0,
      closeDate: 9,
      competitors: [],
      lead: { status: 'mql' },
      stageHistory: [{ stage: 'qualification', at: 1 }],
      createdAt: 1,
      updatedAt: 1,
    });
    await expect(disqualifyOpportunityLead(db, lead.id, ' ')).rejects.toThrow(LeadDecisionError);
    expect((await disqualifyOpportunityLead(db, lead.id, 'Student project', 50)).lead).toEqual({ status: 'disqualified', reason: 'Student project' });
    await expect(qualifyOpportunityLead(db, lead.id)).rejects.toThrow(LeadDecisionError);
  });

  it('says when the deal is not on this laptop', async () => {
    await expect(moveOpportunity(db, 'missing', 'demo')).rejects.toThrow(OpportunityNotFoundError);
  });
});
