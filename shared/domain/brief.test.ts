import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_OWNERS_LOCAL } from '../demo/index.ts';
import type { CallNote, Collateral, DemoScript, Feedback, Meeting, Opportunity } from '../schemas/index.ts';
import { buildBrief, coversProduct, personaScore, pickDemoScript, pickOpportunity, type BriefSources } from './brief.ts';

const NOW = Date.UTC(2026, 10, 29, 9, 0);
const workspace = buildDemoWorkspace({ now: NOW, owners: DEMO_OWNERS_LOCAL });

function sourcesFor(accountId: string, meetingId: string | null = null): BriefSources {
  const account = workspace.accounts.find((a) => a.id === accountId);
  if (!account) throw new Error(`no demo account ${accountId}`);
  return {
    account,
    meeting: workspace.meetings.find((m) => m.id === meetingId) ?? null,
    contacts: workspace.contacts.filter((c) => c.accountId === accountId),
    opportunities: workspace.opportunities.filter((o) => o.accountId === accountId),
    notes: workspace.call_notes.filter((n) => n.accountId === accountId),
    feedback: workspace.feedback.filter((f) => f.accountId === accountId),
    battleCards: workspace.battle_cards,
    collateral: workspace.collateral,
    demoScripts: workspace.demo_scripts,
    kits: workspace.enablement_kits,
  };
}

function opp(id: string, extra: Partial<Opportunity>): Opportunity {
  return {
    id,
    ownerId: 'rep',
    accountId: 'acc',
    name: id,
    stage: 'demo',
    amount: 1,
    closeDate: 100,
    competitors: [],
    stageHistory: [],
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

describe('pickOpportunity', () => {
  const meeting = { opportunityId: 'b' } as Meeting;
  it.each([
    ['the meeting names a deal', meeting, [opp('a', { closeDate: 1 }), opp('b', { closeDate: 9 })], 'b'],
    ['the meeting’s deal is closed: still the one the meeting is about', meeting, [opp('a', {}), opp('b', { stage: 'closed_won' })], 'b'],
    ['no meeting: the open deal closing soonest', null, [opp('late', { closeDate: 9 }), opp('soon', { closeDate: 2 })], 'soon'],
    ['closed deals are not the agenda', null, [opp('won', { stage: 'closed_won', closeDate: 1 }), opp('open', { closeDate: 5 })], 'open'],
    ['a disqualified lead is not either', null, [opp('dq', { lead: { status: 'disqualified' }, stage: 'qualification' })], null],
    ['nothing open', null, [opp('lost', { stage: 'closed_lost' })], null],
  ])('%s', (_, m, opportunities, expected) => {
    expect(pickOpportunity(m as Meeting | null, opportunities)?.id ?? null).toBe(expected);
  });
});

describe('collateral and demo script rules', () => {
  it.each([
    ['Beacon Analytics', 'Beacon Analytics', true],
    ['beacon analytics ', 'Beacon Analytics', true],
    ['All Beacon products', 'Beacon Connect', true],
    ['Beacon Connect', 'Beacon Analytics', false],
    ['Allied tools', 'Beacon Analytics', false],
  ])('collateral for %j covers %j: %s', (item, product, covers) => {
    expect(coversProduct(item, product)).toBe(covers);
  });

  it.each([
    ['VP Operations', 'VP Operations', 100],
    ['VP Operations', 'vp operations', 100],
    ['IT admin / integration architect', 'Integration architect', 2],
    ['Head of Supply Chain Planning', 'Procurement Manager', 0],
    ['VP Operations', undefined, 0],
  ])('persona %j against %j scores %d', (persona, audience, score) => {
    expect(personaScore(persona, audience)).toBe(score);
  });

  const script = (id: string, product: string, persona: string) => ({ id, product, persona, title: id }) as DemoScript;
  const scripts = [script('exec', 'Beacon Analytics', 'VP Operations'), script('quality', 'Beacon Analytics', 'Head of Quality'), script('admin', 'Beacon Connect', 'IT admin')];
  it.each([
    ['the persona that fits', 'Beacon Analytics', 'Head of Quality', 'quality'],
    ['the product’s first script when no persona fits', 'Beacon Analytics', 'Procurement', 'exec'],
    ['only scripts of the deal’s product', 'Beacon Connect', 'VP Operations', 'admin'],
    ['nothing for a product with no script', 'Beacon Forecast', 'VP Operations', null],
    ['nothing without a product', undefined, 'VP Operations', null],
  ])('picks %s', (_, product, persona, expected) => {
    expect(pickDemoScript(scripts, product, persona)?.id ?? null).toBe(expected);
  });
});

describe('buildBrief on the demo workspace', () => {
  it('prepares the Velder workshop: the deal, both competitors’ cards, demo-stage collateral', () => {
    const brief = buildBrief(sourcesFor('demo-acct-velder-precision', 'demo-mtg-velder-workshop'));
    expect(brief.opportunity?.id).toBe('demo-opp-velder-quality');
    expect(brief.competitorsInPlay.slice(0, 2)).toEqual(['Quantrel', 'Orbiqa']);
    expect(brief.battleCards.map((card) => card.competitor)).toEqual(expect.arrayContaining(['Quantrel', 'Orbiqa']));
    expect(brief.competitorsWithoutCard).toEqual([]);
    for (const item of brief.collateral) {
      expect(item.stages).toContain('demo');
      expect(coversProduct(item.product, 'Beacon Analytics')).toBe(true);
    }
    expect(brief.collateral.length).toBeGreaterThan(0);
    expect(brief.demoScript?.product).toBe('Beacon Analytics');
    expect(brief.lastNotes.map((n) => n.accountId)).toEqual(brief.lastNotes.map(() => 'demo-acct-velder-precision'));
  });

  it("shows the launch kit's qualification checklist when the deal is for the kit's product, and only then", () => {
    const forecast = buildBrief(sourcesFor('demo-acct-tamsin-foods', 'demo-mtg-tamsin-forecast-intro'));
    expect(forecast.opportunity?.product).toBe('Beacon Forecast');
    expect(forecast.qualification.map((kit) => kit.id)).toEqual(['demo-kit-forecast-launch']);
    expect(forecast.qualification[0]?.qualification.notFit[0]).toMatch(/Essentials/);
    expect(buildBrief(sourcesFor('demo-acct-velder-precision', 'demo-mtg-velder-workshop')).qualification).toEqual([]);
    expect(buildBrief({ ...sourcesFor('demo-acct-tamsin-foods', 'demo-mtg-tamsin-forecast-intro'), kits: [] }).qualification).toEqual([]);
  });

  it('lists contacts decision makers first and notes newest first', () => {
    const brief = buildBrief(sourcesFor('demo-acct-halden-cold-chain'));
    const ranks = brief.contacts.map((c) => c.role);
    if (ranks.includes('decision_maker')) expect(ranks[0]).toBe('decision_maker');
    const times = brief.lastNotes.map((n) => n.updatedAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('buildBrief selection rules', () => {
  const base = sourcesFor('demo-acct-velder-precision');
  const note = (id: string, updatedAt: number, extra: Partial<CallNote> = {}): CallNote => ({
    id,
    ownerId: 'rep',
    accountId: base.account.id,
    opportunityId: null,
    meetingId: null,
    title: id,
    body: '',
    template: null,
    tags: [],
    competitors: [],
    nextSteps: [],
    createdAt: updatedAt,
    updatedAt,
    ...extra,
  });
  const feedback = (id: string, kind: Feedback['kind'], createdAt: number, competitor?: string): Feedback => ({
    id,
    ownerId: 'rep',
    kind,
    text: `${kind} ${id}`,
    status: 'received',
    accountId: base.account.id,
    createdAt,
    updatedAt: createdAt,
    ...(competitor ? { competitor } : {}),
  });

  it('keeps the three newest notes and every open next step, dated ones first', () => {
    const brief = buildBrief({
      ...base,
      notes: [
        note('old', 1, { nextSteps: [{ id: 's1', text: 'Send pricing', dueAt: 50, done: false }] }),
        note('mid', 2, { nextSteps: [{ id: 's2', text: 'Book demo', dueAt: null, done: false }, { id: 's3', text: 'Done', dueAt: 1, done: true }] }),
        note('new', 3, { nextSteps: [{ id: 's4', text: 'Call CFO', dueAt: 10, done: false }] }),
        note('newest', 4),
      ],
    });
    expect(brief.lastNotes.map((n) => n.id)).toEqual(['newest', 'new', 'mid']);
    expect(brief.openNextSteps.map((s) => s.id)).toEqual(['s4', 's1', 's2']);
    expect(brief.openNextSteps[0]).toMatchObject({ noteId: 'new', noteTitle: 'new' });
  });

  it('gathers objections (and pricing remarks) newest first, and counts competitor mentions', () => {
    const brief = buildBrief({
      ...base,
      notes: [note('n1', 5, { competitors: ['Loomwise', 'quantrel'] }), note('n2', 9, { competitors: ['Loomwise'] })],
      feedback: [
        feedback('f1', 'objection', 3, 'Quantrel'),
        feedback('f2', 'pricing', 7),
        feedback('f3', 'feature_request', 8),
        feedback('f4', 'competitor_mention', 6, 'Loomwise'),
      ],
    });
    expect(brief.objections.map((o) => o.id)).toEqual(['f2', 'f1']);
    expect(brief.competitorMentions).toEqual([
      { competitor: 'Loomwise', mentions: 3, lastAt: 9 },
      { competitor: 'quantrel', mentions: 2, lastAt: 5 },
    ]);
    // The deal's competitors first, then those mentioned; names compared without case.
    expect(brief.competitorsInPlay).toEqual(['Quantrel', 'Orbiqa', 'Loomwise']);
  });

  it('says which competitors in play have no battle card', () => {
    const brief = buildBrief({ ...base, notes: [note('n', 1, { competitors: ['Nimbus Labs'] })] });
    expect(brief.competitorsWithoutCard).toEqual(['Nimbus Labs']);
  });

  it('recommends no collateral when there is no open deal to match a stage and product', () => {
    const closed = base.opportunities.map((o) => ({ ...o, stage: 'closed_won' as const }));
    expect(buildBrief({ ...base, opportunities: closed }).collateral).toEqual([]);
  });

  it('puts the deal’s own product before whole-line collateral', () => {
    const item = (id: string, product: string): Collateral => ({ ...workspace.collateral[0], id, title: id, product, stages: ['demo'] }) as Collateral;
    const brief = buildBrief({ ...base, collateral: [item('a-all', 'All Beacon products'), item('z-own', 'Beacon Analytics')] });
    expect(brief.collateral.map((c) => c.id)).toEqual(['z-own', 'a-all']);
  });
});
