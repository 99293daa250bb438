import { describe, expect, it } from 'vitest';
import { firstLine } from './note-preview.ts';

describe('firstLine', () => {
  it.each([
    ['## Attendees\n\n\n## Notes\n\nBudget approved.\n', 'Budget approved.'],
    ['\n\n- Send pricing\n', 'Send pricing'],
    ['> CFO: "not this year"', 'CFO: "not this year"'],
    ['## Attendees\n\n## Notes\n', 'Attendees'],
    ['#hashtag is text', '#hashtag is text'],
    ['', ''],
  ])('%j → %j', (body, expected) => {
    expect(firstLine(body)).toBe(expected);
  });
});
