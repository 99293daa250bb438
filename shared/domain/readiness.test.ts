import { describe, expect, it } from 'vitest';
import type { Activity, EnablementKit } from '../schemas/index.ts';
import { indexKitItems, isOverdue, kitReadiness, qualificationFor, teamReadiness, teamRepIds } from './readiness.ts';

function kit(extra: Partial<EnablementKit> = {}): EnablementKit {
  return {
    id: 'kit-1',
    title: 'Launch',
    product: 'Forecast',
    launchDate: 2_000,
    dueDate: 1_000,
    requiredItemIds: ['card-1', 'coll-1', 'script-1'],
    qualification: { fit: ['fit'], notFit: ['not a fit'] },
    knowledgeCheck: [{ question: 'Q', choices: ['a', 'b'], answerIndex: 0 }],
    faq: [],
    version: 1,
    publishedAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

const index = indexKitItems({
  battleCards: [{ id: 'card-1', title: 'Card', version: 1, publishedAt: 1, updatedAt: 1 }],
  collateral: [{ id: 'coll-1', title: 'Deck', version: 1, publishedAt: 1, updatedAt: 1 }],
  demoScripts: [{ id: 'script-1', title: 'Script', version: 1, publishedAt: 1, updatedAt: 1 }],
});

let counter = 0;
function act(kind: Activity['kind'], subjectId: string, at: number, extra: Partial<Activity> = {}): Activity {
  counter += 1;
  return { id: `a-${counter}`, ownerId: 'rep', kind, subjectId, at, createdAt: at, updatedAt: at, ...extra };
}

const allDone = [
  act('card_reviewed', 'card-1', 10),
  act('collateral_opened', 'coll-1', 20),
  act('demo_rehearsed', 'script-1', 30),
  act('knowledge_check', 'kit-1', 40, { score: 1 }),
];

describe('kitReadiness', () => {
  it.each([
    { name: 'nothing done', activities: [], done: 0, isComplete: false, completedAt: null },
    { name: 'everything done', activities: allDone, done: 4, isComplete: true, completedAt: 40 },
    {
      name: 'a customer demo is not a rehearsal',
      activities: [...allDone.filter((a) => a.kind !== 'demo_rehearsed'), act('demo_played', 'script-1', 30)],
      done: 3,
      isComplete: false,
      completedAt: null,
    },
    {
      name: 'a failed check does not count',
      activities: [...allDone.slice(0, 3), act('knowledge_check', 'kit-1', 40, { score: 0.5 })],
      done: 3,
      isComplete: false,
      completedAt: null,
    },
    {
      name: 'a check for another kit does not count',
      activities: [...allDone.slice(0, 3), act('knowledge_check', 'kit-2', 40, { score: 1 })],
      done: 3,
      isComplete: false,
      completedAt: null,
    },
    {
      name: 'the wrong kind of activity on an item does not count',
      activities: [act('collateral_opened', 'card-1', 5), act('card_reviewed', 'coll-1', 5)],
      done: 0,
      isComplete: false,
      completedAt: null,
    },
    {
      name: "another rep's activities do not count",
      activities: allDone.map((a) => ({ ...a, ownerId: 'rep-2' })),
      done: 0,
      isComplete: false,
      completedAt: null,
    },
    {
      name: 'a check score outside 0..1 or missing is ignored',
      activities: [...allDone.slice(0, 3), act('knowledge_check', 'kit-1', 40, { score: 7 }), act('knowledge_check', 'kit-1', 41)],
      done: 3,
      isComplete: false,
      completedAt: null,
    },
  ])('$name', ({ activities, done, isComplete, completedAt }) => {
    const result = kitReadiness(kit(), index, activities, 'rep');
    expect(result.total).toBe(4);
    expect(result.done).toBe(done);
    expect(result.isComplete).toBe(isComplete);
    expect(result.completedAt).toBe(completedAt);
  });

  it('dates each item by its first and latest activity', () => {
    const result = kitReadiness(kit(), index, [act('card_reviewed', 'card-1', 50), act('card_reviewed', 'card-1', 10), act('card_reviewed', 'card-1', 30)], 'rep');
    expect(result.items[0]).toEqual({ id: 'card-1', kind: 'battle_card', title: 'Card', version: 1, doneAt: 10, lastAt: 50, outdated: null });
  });

  it('reports an item that is not on the laptop as missing and not done', () => {
    const result = kitReadiness(kit({ requiredItemIds: ['card-1', 'gone'] }), index, allDone, 'rep');
    expect(result.missingIds).toEqual(['gone']);
    expect(result.items[1]).toEqual({ id: 'gone', kind: 'missing', title: null, version: null, doneAt: null, lastAt: null, outdated: null });
    expect(result).toMatchObject({ done: 2, total: 3, isComplete: false });
  });

  it('counts an item named twice once', () => {
    expect(kitReadiness(kit({ requiredItemIds: ['card-1', 'card-1'] }), index, [], 'rep').total).toBe(2);
  });

  it('keeps the best score, the first pass and the number of attempts', () => {
    const attempts = [
      act('knowledge_check', 'kit-1', 10, { score: 0.5 }),
      act('knowledge_check', 'kit-1', 20, { score: 1 }),
      act('knowledge_check', 'kit-1', 30, { score: 0.8 }),
    ];
    expect(kitReadiness(kit(), index, attempts, 'rep').check).toEqual({
      isRequired: true,
      passScore: 0.8,
      attempts: 3,
      bestScore: 1,
      passedAt: 20,
      lastAttemptAt: 30,
    });
  });

  it("uses the kit's own pass mark", () => {
    const attempt = [act('knowledge_check', 'kit-1', 10, { score: 0.5 })];
    expect(kitReadiness(kit({ passScore: 0.5 }), index, attempt, 'rep').check.passedAt).toBe(10);
    expect(kitReadiness(kit({ passScore: 0.6 }), index, attempt, 'rep').check.passedAt).toBeNull();
  });

  it('needs no check for a kit with no questions', () => {
    const result = kitReadiness(kit({ knowledgeCheck: [] }), index, allDone.slice(0, 3), 'rep');
    expect(result).toMatchObject({ done: 3, total: 3, isComplete: true, completedAt: 30 });
    expect(result.check.isRequired).toBe(false);
  });

  it('is complete with nothing to do for an empty kit, with no completion date', () => {
    expect(kitReadiness(kit({ requiredItemIds: [], knowledgeCheck: [] }), index, [], 'rep')).toMatchObject({ total: 0, isComplete: true, completedAt: null });
  });
});

describe('kitReadiness on changed items', () => {
  // The card is at v5 since time 100; the deck at v2, published at 80 and never updated since.
  const changed = indexKitItems({
    battleCards: [{ id: 'card-1', title: 'Card', version: 5, publishedAt: 50, updatedAt: 100 }],
    collateral: [{ id: 'coll-1', title: 'Deck', version: 2, publishedAt: 80 }],
    demoScripts: [{ id: 'script-1', title: 'Script', version: 3, publishedAt: 1, updatedAt: 1 }],
  });
  const cardKit = kit({ requiredItemIds: ['card-1'], knowledgeCheck: [] });
  const deckKit = kit({ requiredItemIds: ['coll-1'], knowledgeCheck: [] });

  it.each([
    { name: 'reviewed on the current version', activities: [act('card_reviewed', 'card-1', 60, { subjectVersion: 5 })], doneAt: 60, outdated: null },
    { name: 'a later version than this laptop holds counts', activities: [act('card_reviewed', 'card-1', 60, { subjectVersion: 6 })], doneAt: 60, outdated: null },
    { name: 'reviewed on an older version, even after the change', activities: [act('card_reviewed', 'card-1', 150, { subjectVersion: 3 })], doneAt: null, outdated: { at: 150, version: 3 } },
    { name: 'version 0 of a v5 card', activities: [act('card_reviewed', 'card-1', 150, { subjectVersion: 0 })], doneAt: null, outdated: { at: 150, version: 0 } },
    { name: 'no version, after the last change', activities: [act('card_reviewed', 'card-1', 101)], doneAt: 101, outdated: null },
    { name: 'no version, at the moment of the change', activities: [act('card_reviewed', 'card-1', 100)], doneAt: 100, outdated: null },
    { name: 'no version, before the change', activities: [act('card_reviewed', 'card-1', 99)], doneAt: null, outdated: { at: 99, version: null } },
    {
      name: 'an unreadable version falls back to the time',
      activities: [act('card_reviewed', 'card-1', 99, { subjectVersion: Number.NaN }), act('card_reviewed', 'card-1', 120, { subjectVersion: Number.POSITIVE_INFINITY })],
      doneAt: 120,
      outdated: null,
    },
    {
      name: 'the latest older review is the one to show',
      activities: [act('card_reviewed', 'card-1', 20, { subjectVersion: 2 }), act('card_reviewed', 'card-1', 40, { subjectVersion: 4 }), act('card_reviewed', 'card-1', 30, { subjectVersion: 3 })],
      doneAt: null,
      outdated: { at: 40, version: 4 },
    },
    {
      name: 'reviewed again on the current version: done from then, nothing outdated',
      activities: [act('card_reviewed', 'card-1', 20, { subjectVersion: 3 }), act('card_reviewed', 'card-1', 200, { subjectVersion: 5 })],
      doneAt: 200,
      outdated: null,
    },
    {
      name: 'a current review of another item, or of the wrong kind, does not help',
      activities: [act('card_reviewed', 'card-2', 200, { subjectVersion: 5 }), act('collateral_opened', 'card-1', 200, { subjectVersion: 5 })],
      doneAt: null,
      outdated: null,
    },
  ])('$name', ({ activities, doneAt, outdated }) => {
    const result = kitReadiness(cardKit, changed, activities, 'rep');
    expect(result.items[0]).toMatchObject({ version: 5, doneAt, outdated });
    expect(result).toMatchObject({ done: doneAt === null ? 0 : 1, isComplete: doneAt !== null, completedAt: doneAt });
  });

  it.each([
    { name: 'no version, after publication', at: 80, doneAt: 80 },
    { name: 'no version, before publication', at: 79, doneAt: null },
  ])('an item never updated changed when published: $name', ({ at, doneAt }) => {
    expect(kitReadiness(deckKit, changed, [act('collateral_opened', 'coll-1', at)], 'rep').items[0]?.doneAt).toBe(doneAt);
  });

  it('needs the rehearsal of the current script', () => {
    const rehearsals = [act('demo_rehearsed', 'script-1', 10, { subjectVersion: 2 })];
    const scriptKit = kit({ requiredItemIds: ['script-1'], knowledgeCheck: [] });
    expect(kitReadiness(scriptKit, changed, rehearsals, 'rep').items[0]).toMatchObject({ doneAt: null, outdated: { at: 10, version: 2 } });
  });

  it('dates completion by the reviews of the current versions only', () => {
    const activities = [
      act('card_reviewed', 'card-1', 10, { subjectVersion: 5 }),
      act('collateral_opened', 'coll-1', 90, { subjectVersion: 1 }),
      act('collateral_opened', 'coll-1', 300, { subjectVersion: 2 }),
    ];
    const result = kitReadiness(kit({ requiredItemIds: ['card-1', 'coll-1'], knowledgeCheck: [] }), changed, activities, 'rep');
    expect(result).toMatchObject({ done: 2, isComplete: true, completedAt: 300 });
    expect(result.items[1]).toMatchObject({ doneAt: 300, lastAt: 300, outdated: null });
  });

  it('shows a missing item with no version and nothing outdated, however it was reviewed', () => {
    const result = kitReadiness(kit({ requiredItemIds: ['gone'], knowledgeCheck: [] }), changed, [act('card_reviewed', 'gone', 10, { subjectVersion: 9 })], 'rep');
    expect(result.items[0]).toEqual({ id: 'gone', kind: 'missing', title: null, version: null, doneAt: null, lastAt: null, outdated: null });
    expect(result).toMatchObject({ done: 0, total: 1, isComplete: false });
  });
});

describe('indexKitItems', () => {
  it.each([
    { name: 'the update time', source: { publishedAt: 5, updatedAt: 9 }, changedAt: 9 },
    { name: 'the publication when there is no update time', source: { publishedAt: 5 }, changedAt: 5 },
    { name: 'the publication when the update time is unreadable', source: { publishedAt: 5, updatedAt: Number.NaN }, changedAt: 5 },
    { name: 'never, when neither is known', source: {}, changedAt: 0 },
  ])('takes the last change from $name', ({ source, changedAt }) => {
    const built = indexKitItems({ battleCards: [{ id: 'c', title: 'C', version: 2, ...source }], collateral: [], demoScripts: [] });
    expect(built.get('c')).toEqual({ id: 'c', kind: 'battle_card', title: 'C', version: 2, changedAt });
  });

  it('reads an unreadable version as 0, so any recorded version counts', () => {
    const built = indexKitItems({ battleCards: [], collateral: [{ id: 'd', title: 'D', version: Number.NaN, publishedAt: 1 }], demoScripts: [] });
    expect(built.get('d')).toMatchObject({ kind: 'collateral', version: 0 });
  });
});

describe('isOverdue', () => {
  it.each([
    { now: 999, isComplete: false, expected: false },
    { now: 1_000, isComplete: false, expected: false },
    { now: 1_001, isComplete: false, expected: true },
    { now: 1_001, isComplete: true, expected: false },
  ])('at $now, complete $isComplete', ({ now, isComplete, expected }) => {
    expect(isOverdue(kit(), { isComplete }, now)).toBe(expected);
  });
});

describe('teamReadiness', () => {
  it('gives each rep their own readiness per kit, kits by due date', () => {
    const later = kit({ id: 'kit-2', title: 'Later', dueDate: 5_000, knowledgeCheck: [] });
    const activities = [...allDone, act('card_reviewed', 'card-1', 5, { ownerId: 'rep-2' })];
    const team = teamReadiness([later, kit()], index, activities, ['rep', 'rep-2', 'rep']);
    expect(team.map((row) => row.kit.id)).toEqual(['kit-1', 'kit-2']);
    expect(team[0]?.reps.map((r) => [r.repId, r.done, r.isComplete])).toEqual([
      ['rep', 4, true],
      ['rep-2', 1, false],
    ]);
    expect(team[0]?.completeCount).toBe(1);
    expect(team[1]?.reps.map((r) => [r.repId, r.done, r.total])).toEqual([
      ['rep', 3, 3],
      ['rep-2', 1, 3],
    ]);
  });

  it('lists a rep with no activities as not started', () => {
    const [row] = teamReadiness([kit()], index, [], ['nobody-yet']);
    expect(row?.reps[0]).toMatchObject({ repId: 'nobody-yet', done: 0, isComplete: false });
  });
});

describe('teamRepIds', () => {
  it('lists the reps, then unknown owners, never the viewer or other roles', () => {
    const members = [
      { id: 'mgr', role: 'manager' },
      { id: 'rep-b', role: 'rep' },
      { id: 'rep-a', role: 'rep' },
      { id: 'mkt', role: 'marketing' },
    ];
    const activities = [act('card_reviewed', 'card-1', 1, { ownerId: 'zed' }), act('card_reviewed', 'card-1', 1, { ownerId: 'mgr' }), act('card_reviewed', 'card-1', 1, { ownerId: 'rep-a' })];
    expect(teamRepIds(members, activities, 'mgr')).toEqual(['rep-b', 'rep-a', 'zed']);
  });

  it('falls back to the owners seen when there is no team list', () => {
    expect(teamRepIds([], [act('card_reviewed', 'x', 1, { ownerId: 'b' }), act('card_reviewed', 'x', 1, { ownerId: 'a' })], 'mgr')).toEqual(['a', 'b']);
  });
});

describe('qualificationFor', () => {
  const older = kit({ id: 'old', product: 'Beacon Forecast', launchDate: 100 });
  const newer = kit({ id: 'new', product: ' beacon forecast ', launchDate: 900 });
  const empty = kit({ id: 'empty', product: 'Beacon Forecast', qualification: { fit: [], notFit: [] } });
  const other = kit({ id: 'other', product: 'Beacon Connect' });
  it.each([
    { name: 'the kits for the product, newest launch first', product: 'Beacon Forecast', expected: ['new', 'old'] },
    { name: 'case and spaces do not matter', product: '  BEACON FORECAST', expected: ['new', 'old'] },
    { name: 'another product', product: 'Beacon Connect', expected: ['other'] },
    { name: 'no product on the deal', product: undefined, expected: [] },
    { name: 'a blank product', product: '   ', expected: [] },
    { name: 'a product with no kit', product: 'Beacon Analytics', expected: [] },
  ])('$name', ({ product, expected }) => {
    expect(qualificationFor([older, empty, other, newer], product).map((k) => k.id)).toEqual(expected);
  });

  it('carries only what the checklist shows', () => {
    expect(qualificationFor([other], 'Beacon Connect')).toEqual([
      { id: 'other', title: 'Launch', product: 'Beacon Connect', qualification: { fit: ['fit'], notFit: ['not a fit'] } },
    ]);
  });
});
