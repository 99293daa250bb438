import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBrief } from '../../../shared/domain/brief.ts';
import { buildDemoWorkspace, DEMO_OWNERS_LOCAL } from '../../../shared/demo/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { observeBriefSources } from './brief.repo.ts';
import { importWorkspace } from './workspace.repo.ts';

const workspace = buildDemoWorkspace({ now: Date.UTC(2026, 10, 29, 8), owners: DEMO_OWNERS_LOCAL });

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase(['accounts', 'meetings', 'contacts', 'opportunities', 'call_notes', 'feedback', 'battle_cards', 'collateral', 'demo_scripts', 'activities', 'enablement_kits']);
  await importWorkspace(db, workspace);
});
afterEach(async () => {
  await db.remove();
});

describe('brief sources', () => {
  it('reads a meeting’s account, deal, notes and content from the laptop', async () => {
    const sources = await firstValueFrom(observeBriefSources(db, { meetingId: 'demo-mtg-velder-workshop' }));
    expect(sources?.account.id).toBe('demo-acct-velder-precision');
    expect(sources?.meeting?.id).toBe('demo-mtg-velder-workshop');
    expect(sources?.notes.every((n) => n.accountId === 'demo-acct-velder-precision')).toBe(true);
    expect(sources?.opportunities.map((o) => o.id)).toEqual(['demo-opp-velder-quality']);
    const brief = sources ? buildBrief(sources) : null;
    expect(brief?.battleCards.map((c) => c.competitor)).toEqual(expect.arrayContaining(['Quantrel', 'Orbiqa']));
    expect(sources?.kits.map((k) => k.id)).toEqual(['demo-kit-forecast-launch']);
  });

  it('is null for a meeting or account not on the laptop', async () => {
    expect(await firstValueFrom(observeBriefSources(db, { meetingId: 'nope' }))).toBeNull();
    expect(await firstValueFrom(observeBriefSources(db, { accountId: 'nope' }))).toBeNull();
  });
});
