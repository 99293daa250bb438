import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import { createDocumentValidator } from '../schemas/validator.ts';
import { DAY, HOUR } from './context.ts';
import {
  ALL_PRODUCTS,
  DEMO_COMPETITORS,
  DEMO_OWNERS_LOCAL,
  DEMO_PRODUCTS,
  buildDemoWorkspace,
  type DemoOwners,
  type DemoWorkspace,
} from './index.ts';

/** A fixed Wednesday morning, with a fraction of a millisecond to prove rounding. */
const NOW = Date.UTC(2025, 2, 12, 9, 41, 17, 250) + 0.4;
const OWNERS: DemoOwners = { rep: 'user-ana', rep2: 'user-ben' };

function build(now = NOW, utcOffsetMinutes?: number, owners = OWNERS): DemoWorkspace {
  return buildDemoWorkspace({ now, owners, ...(utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes }) });
}

function ids(docs: { id: string }[]): Set<string> {
  return new Set(docs.map((doc) => doc.id));
}

function utcMidnight(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

describe('schema validity', () => {
  const validator = createDocumentValidator();
  const cases: [string, () => DemoWorkspace][] = [
    ['a fixed now', () => build()],
    ['the current time', () => build(Date.now())],
    ['far east of UTC', () => build(NOW, 14 * 60)],
    ['west of UTC', () => build(NOW, -7 * 60)],
    ['the local demo owners', () => buildDemoWorkspace({ now: NOW, owners: DEMO_OWNERS_LOCAL })],
  ];

  it.each(cases)('every document validates for %s', (_label, make) => {
    const workspace = make();
    const failures: string[] = [];
    for (const collection of COLLECTION_NAMES) {
      for (const doc of workspace[collection]) {
        const result = validator.validate(collection, doc);
        if (!result.ok) failures.push(`${collection}/${doc.id}: ${result.errors.join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('contents', () => {
  const ws = build();

  it('fills every collection the app shows', () => {
    const minimum: Record<CollectionName, number> = {
      call_notes: 4, feedback: 2, accounts: 6, contacts: 12, opportunities: 6, meetings: 8, activities: 0,
      battle_cards: 4, collateral: 5, demo_scripts: 3, enablement_kits: 1,
    };
    for (const collection of COLLECTION_NAMES) expect(ws[collection].length, collection).toBeGreaterThanOrEqual(minimum[collection]);
    expect(ws.call_notes.length).toBeLessThanOrEqual(6);
    expect(ws.feedback.length).toBeLessThanOrEqual(4);
  });

  it('gives every competitor a substantive battle card', () => {
    for (const card of ws.battle_cards) {
      expect(card.sections.length, card.id).toBeGreaterThanOrEqual(3);
      expect(card.sections.length, card.id).toBeLessThanOrEqual(5);
      expect(card.objections.length, card.id).toBeGreaterThanOrEqual(3);
      expect(card.objections.length, card.id).toBeLessThanOrEqual(6);
      for (const section of card.sections) expect(section.body.length, `${card.id} ${section.heading}`).toBeGreaterThan(150);
    }
    expect(new Set(ws.battle_cards.map((card) => card.competitor))).toEqual(new Set(Object.values(DEMO_COMPETITORS)));
  });

  it('scripts demo steps with a talk track, an action cue and a duration', () => {
    expect(new Set(ws.demo_scripts.map((script) => script.persona)).size).toBe(ws.demo_scripts.length);
    for (const script of ws.demo_scripts) {
      expect(script.steps.length, script.id).toBeGreaterThanOrEqual(5);
      expect(script.steps.length, script.id).toBeLessThanOrEqual(8);
      for (const step of script.steps) {
        const sentences = step.talkTrack.split(/[.?!](?:\s|$)/).filter((s) => s.trim() !== '');
        expect(sentences.length, `${script.id} ${step.title}`).toBeGreaterThanOrEqual(2);
        expect(sentences.length, `${script.id} ${step.title}`).toBeLessThanOrEqual(4);
        expect(step.action.length).toBeGreaterThan(10);
      }
    }
  });

  it('spreads collateral over kinds, products and stages', () => {
    expect(new Set(ws.collateral.map((item) => item.kind)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(ws.collateral.map((item) => item.product)).size).toBeGreaterThanOrEqual(3);
  });

  it('has one launch kit with a knowledge check and an FAQ', () => {
    const [kit] = ws.enablement_kits;
    expect(kit?.knowledgeCheck.length).toBeGreaterThanOrEqual(3);
    expect(kit?.knowledgeCheck.length).toBeLessThanOrEqual(5);
    for (const question of kit?.knowledgeCheck ?? []) expect(question.answerIndex).toBeLessThan(question.choices.length);
    expect(kit?.faq.length).toBeGreaterThanOrEqual(1);
    expect(kit?.faq.length).toBeLessThanOrEqual(2);
  });

  it('has 2–3 contacts per account and gives most accounts to the first rep', () => {
    for (const account of ws.accounts) {
      const count = ws.contacts.filter((contact) => contact.accountId === account.id).length;
      expect(count, account.id).toBeGreaterThanOrEqual(2);
      expect(count, account.id).toBeLessThanOrEqual(3);
    }
    const rep2Accounts = ws.accounts.filter((account) => account.ownerId === OWNERS.rep2).length;
    expect(rep2Accounts).toBeGreaterThanOrEqual(1);
    expect(rep2Accounts).toBeLessThanOrEqual(2);
    expect(ws.accounts.every((account) => [OWNERS.rep, OWNERS.rep2].includes(account.ownerId))).toBe(true);
  });

  it('covers the pipeline from qualification to closed, with exactly one MQL', () => {
    expect(new Set(ws.opportunities.map((opp) => opp.stage))).toEqual(
      new Set(['qualification', 'demo', 'proposal', 'negotiation', 'closed_won', 'closed_lost']),
    );
    expect(ws.opportunities.filter((opp) => opp.lead?.status === 'mql')).toHaveLength(1);
  });
});

describe('identity and references', () => {
  const ws = build();

  it('keeps ids unique within each collection and within each note', () => {
    for (const collection of COLLECTION_NAMES) {
      const docs = ws[collection];
      expect(ids(docs).size, collection).toBe(docs.length);
    }
    for (const note of ws.call_notes) {
      const stepIds = (note.nextSteps ?? []).map((step) => step.id);
      expect(new Set(stepIds).size, note.id).toBe(stepIds.length);
    }
  });

  it('resolves every reference between documents', () => {
    const accounts = new Map(ws.accounts.map((doc) => [doc.id, doc]));
    const opportunities = new Map(ws.opportunities.map((doc) => [doc.id, doc]));
    const meetings = new Map(ws.meetings.map((doc) => [doc.id, doc]));
    const notes = ids(ws.call_notes);
    const feedback = ids(ws.feedback);
    const content = new Set([...ids(ws.battle_cards), ...ids(ws.collateral), ...ids(ws.demo_scripts)]);
    const anything = new Set(COLLECTION_NAMES.flatMap((collection) => ws[collection].map((doc) => doc.id)));

    const owned = [...ws.contacts, ...ws.opportunities, ...ws.meetings, ...ws.call_notes, ...ws.feedback];
    for (const doc of owned) {
      if (doc.accountId == null) continue;
      const account = accounts.get(doc.accountId);
      expect(account, `${doc.id} → ${doc.accountId}`).toBeDefined();
      expect(doc.ownerId, `${doc.id} is owned like its account`).toBe(account?.ownerId);
    }
    for (const doc of [...ws.meetings, ...ws.call_notes]) {
      if (doc.opportunityId === null) continue;
      expect(opportunities.get(doc.opportunityId)?.accountId, `${doc.id} → ${doc.opportunityId}`).toBe(doc.accountId);
    }
    for (const note of ws.call_notes) {
      if (note.meetingId === null) continue;
      const meeting = meetings.get(note.meetingId);
      expect(meeting?.opportunityId, `${note.id} → ${note.meetingId}`).toBe(note.opportunityId);
      expect(meeting?.accountId).toBe(note.accountId);
    }
    for (const item of ws.feedback) if (item.noteId !== undefined) expect(notes.has(item.noteId), item.id).toBe(true);
    for (const kit of ws.enablement_kits) {
      for (const id of kit.requiredItemIds) expect(content.has(id), `${kit.id} requires ${id}`).toBe(true);
      for (const entry of kit.faq) if (entry.feedbackId !== undefined) expect(feedback.has(entry.feedbackId)).toBe(true);
    }
    for (const activity of ws.activities) {
      expect(anything.has(activity.subjectId), activity.id).toBe(true);
      if (activity.meetingId !== undefined) expect(meetings.has(activity.meetingId), activity.id).toBe(true);
    }
  });

  it('names only competitors that have a battle card, and only demo products', () => {
    const carded = new Set(ws.battle_cards.map((card) => card.competitor));
    const mentioned = [
      ...ws.opportunities.flatMap((opp) => opp.competitors),
      ...ws.call_notes.flatMap((note) => note.competitors),
      ...ws.feedback.flatMap((item) => (item.competitor === undefined ? [] : [item.competitor])),
    ];
    expect(mentioned.filter((name) => !carded.has(name))).toEqual([]);
    const products = new Set<string>(Object.values(DEMO_PRODUCTS));
    const used = [
      ...ws.opportunities.map((opp) => opp.product),
      ...ws.demo_scripts.map((script) => script.product),
      ...ws.enablement_kits.map((kit) => kit.product),
      ...ws.battle_cards.flatMap((card) => card.products ?? []),
      ...ws.collateral.map((item) => item.product).filter((product) => product !== ALL_PRODUCTS),
    ];
    expect(used.filter((product) => product === undefined || !products.has(product))).toEqual([]);
  });
});

describe('timeline relative to now', () => {
  const startsWithin = (ws: DemoWorkspace, from: number, to: number) =>
    ws.meetings.filter((meeting) => meeting.startsAt >= from && meeting.startsAt < to);

  it.each([
    ['a fixed now (UTC)', NOW, undefined],
    ['the current time (UTC)', Date.now(), undefined],
    ['a fixed now (local time zone)', NOW, -new Date(NOW).getTimezoneOffset()],
    ['the current time (local time zone)', Date.now(), -new Date().getTimezoneOffset()],
  ])('puts meetings today and in the coming week for %s', (_label, now, offset) => {
    const ws = build(now, offset);
    const today = offset === undefined ? utcMidnight(now) : new Date(now).setHours(0, 0, 0, 0);
    expect(startsWithin(ws, today, today + 7 * DAY).length).toBeGreaterThanOrEqual(3);
    expect(startsWithin(ws, today, today + DAY).length).toBeGreaterThanOrEqual(3);
    expect(startsWithin(ws, today - 7 * DAY, today).length).toBeGreaterThanOrEqual(2);
    for (const meeting of startsWithin(ws, today, today + DAY)) {
      const hour = (meeting.startsAt - today) / HOUR;
      expect(hour, `${meeting.id} is in working hours`).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThanOrEqual(18);
    }
  });

  it('only dates in the past what already happened', () => {
    const ws = build();
    const now = Math.round(NOW);
    for (const collection of COLLECTION_NAMES) {
      for (const doc of ws[collection]) {
        const first = 'createdAt' in doc ? doc.createdAt : doc.publishedAt;
        expect(doc.updatedAt, `${collection}/${doc.id}`).toBeLessThanOrEqual(now);
        expect(doc.updatedAt, `${collection}/${doc.id}`).toBeGreaterThanOrEqual(first);
      }
    }
    for (const opp of ws.opportunities) {
      const history = opp.stageHistory.map((entry) => entry.at);
      expect(history, opp.id).toEqual([...history].sort((a, b) => a - b));
      expect(opp.stageHistory.at(-1)?.stage, opp.id).toBe(opp.stage);
      if (opp.stage.startsWith('closed_')) expect(opp.closeDate).toBeLessThan(now);
      else expect(opp.closeDate - now, opp.id).toBeGreaterThan(0);
      expect(opp.closeDate - now).toBeLessThan(100 * DAY);
    }
    const ages = ws.battle_cards.map((card) => now - card.publishedAt);
    expect(ages.filter((age) => age > 90 * DAY)).toHaveLength(1);
    const [kit] = ws.enablement_kits;
    expect(kit && kit.dueDate > now && kit.launchDate > kit.dueDate).toBe(true);
  });
});
