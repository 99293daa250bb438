import { describe, expect, it } from 'vitest';
import type { BattleCard } from '../schemas/index.ts';
import { cardContent, describeCardChange, describeCardChanges, isStale, parseStaleAfterDays, reviewState } from './card-changes.ts';

const DAY = 86_400_000;

const card: BattleCard = {
  id: 'card',
  competitor: 'Quantrel',
  title: 'Winning against Quantrel',
  summary: 'Finance-first BI.',
  sections: [
    { heading: 'Where they win', body: 'Finance teams.' },
    { heading: 'Pricing', body: 'Per seat.' },
  ],
  objections: [{ objection: 'Quantrel is cheaper', response: 'Count the seats.' }],
  version: 3,
  publishedAt: 0,
  updatedAt: 100 * DAY,
};

describe('freshness', () => {
  it.each([
    [100 * DAY + 89 * DAY, 90, false],
    [100 * DAY + 91 * DAY, 90, true],
    [100 * DAY + 8 * DAY, 7, true],
  ])('at %d with a %d-day limit stale is %s', (now, days, stale) => {
    expect(isStale(card, now, days)).toBe(stale);
  });

  it.each([
    ['30', 30],
    [' 7 ', 7],
    ['730', 730],
    ['6', null],
    ['731', null],
    ['1.5', null],
    ['', null],
    ['ninety', null],
  ])('reads the setting %j as %j', (input, value) => {
    expect(parseStaleAfterDays(input)).toBe(value);
  });
});

describe('describeCardChanges', () => {
  it('finds nothing between equal cards', () => {
    expect(describeCardChanges(cardContent(card), cardContent(card))).toEqual([]);
  });

  it('names every change in reading order', () => {
    const after: BattleCard = {
      ...card,
      version: 4,
      summary: 'Finance-first BI, now with an ops add-on.',
      sections: [{ heading: 'Where they win', body: 'Finance teams and, since May, ops.' }, { heading: 'Landmines', body: 'Ask about refresh.' }],
      objections: [
        { objection: 'Quantrel is cheaper', response: 'Count the seats and the add-on.' },
        { objection: 'We already own Quantrel', response: 'Run both.' },
      ],
    };
    const changes = describeCardChanges(cardContent(card), cardContent(after));
    expect(changes.map(describeCardChange)).toEqual([
      'The summary was rewritten.',
      'Section updated: Where they win.',
      'New section: Landmines.',
      'Section removed: Pricing.',
      'New answer to “Quantrel is cheaper”.',
      'New objection: “We already own Quantrel”.',
    ]);
  });
});

describe('reviewState', () => {
  it('says never reviewed', () => {
    expect(reviewState(card, undefined, undefined)).toEqual({ kind: 'never' });
  });

  it('is current when the reviewed version is the card’s', () => {
    expect(reviewState(card, { at: 5, subjectVersion: 3 }, undefined)).toEqual({ kind: 'current', reviewedAt: 5 });
  });

  it('lists the changes when the reviewed version is kept on this laptop', () => {
    const reviewed = { ...cardContent(card), version: 2, title: 'Beating Quantrel' };
    const state = reviewState(card, { at: 5, subjectVersion: 2 }, reviewed);
    expect(state).toEqual({ kind: 'changed', reviewedAt: 5, reviewedVersion: 2, changes: [{ kind: 'title', before: 'Beating Quantrel', after: card.title }] });
  });

  it('says changed without details when the review was made on another laptop', () => {
    expect(reviewState(card, { at: 5, subjectVersion: 1 }, undefined)).toEqual({ kind: 'changed', reviewedAt: 5, reviewedVersion: 1, changes: null });
  });

  it('does not compare against a kept copy of another version', () => {
    const kept = { ...cardContent(card), version: 2 };
    expect(reviewState(card, { at: 5, subjectVersion: 1 }, kept)).toMatchObject({ kind: 'changed', changes: null });
  });
});
