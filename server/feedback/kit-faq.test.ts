import { describe, expect, it } from 'vitest';
import type { Feedback } from '../../shared/schemas/index.ts';
import { FAQ_MAX_ENTRIES, FAQ_QUESTION_MAX_CHARS, faqQuestion, kitIdOf, nextFaq } from './kit-faq.ts';

const T = 1_750_000_000_000;
const question = (patch: Partial<Feedback> = {}): Feedback => ({
  id: 'fb-1',
  ownerId: 'rep-1',
  kind: 'question',
  kitId: 'kit-1',
  text: 'Can Connect-only customers buy it?',
  status: 'answered',
  response: 'Not on its own.',
  createdAt: 1,
  updatedAt: 2,
  ...patch,
});
const other = { question: 'Older?', answer: 'Yes.', feedbackId: 'fb-0', answeredAt: 5 };
const entry = { question: 'Can Connect-only customers buy it?', answer: 'Not on its own.', feedbackId: 'fb-1', answeredAt: 7 };

describe('kitIdOf', () => {
  it.each([
    [{ kind: 'question', kitId: 'kit-1' }, 'kit-1'],
    [{ kind: 'question' }, null],
    [{ kind: 'objection', kitId: 'kit-1' }, null],
    [{ kind: 'question', kitId: 42 }, null],
  ])('%j → %s', (doc, expected) => {
    expect(kitIdOf(doc)).toBe(expected);
  });
});

describe('faqQuestion', () => {
  it('trims, and shortens a question longer than a kit can hold', () => {
    expect(faqQuestion('  Why?  ')).toBe('Why?');
    const long = faqQuestion('x'.repeat(20_000));
    expect(long).toHaveLength(FAQ_QUESTION_MAX_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('nextFaq', () => {
  it.each([
    ['adds a first answer at the end', [other], question(), [other, { ...entry, answeredAt: T }], 'added'],
    ['updates a changed answer in place, never duplicating it', [entry, other], question({ response: 'Only with Analytics.' }), [{ ...entry, answer: 'Only with Analytics.', answeredAt: T }, other], 'updated'],
    ['updates the question when the rep reworded it', [entry], question({ text: 'Connect only?' }), [{ ...entry, question: 'Connect only?', answeredAt: T }], 'updated'],
    ['keeps an unchanged answer and its date', [entry], question(), [entry], 'unchanged'],
    ['removes the entry when the status moves off answered', [other, entry], question({ status: 'declined' }), [other], 'removed'],
    ['removes the entry when the response is cleared', [entry], question({ response: undefined }), [], 'removed'],
    ['adds nothing for an answer without text', [other], question({ response: undefined }), [other], 'none'],
    ['adds nothing for another status', [], question({ status: 'planned' }), [], 'none'],
  ] as const)('%s', (_name, faq, feedback, expected, outcome) => {
    expect(nextFaq(faq, feedback, T)).toEqual({ faq: expected, outcome });
  });

  it('refuses to grow a full kit, but still updates an entry in it', () => {
    const full = Array.from({ length: FAQ_MAX_ENTRIES }, (_, i) => ({ question: `Q${i}`, answer: 'A', feedbackId: `fb-x${i}` }));
    expect(nextFaq(full, question(), T)).toEqual({ faq: full, outcome: 'kit_full' });
    const withEntry = [...full.slice(1), entry];
    expect(nextFaq(withEntry, question({ response: 'New' }), T).outcome).toBe('updated');
  });
});
