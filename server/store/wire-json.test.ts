import { describe, expect, it } from 'vitest';
import { pullResponseJson, wireJson } from './wire-json.ts';

describe('wireJson', () => {
  it.each([
    ['compact JSON (SQLite)', '{"id":"n1","title":"Visit","tags":["a"]}', false],
    ['jsonb text with spaces (PostgreSQL)', '{"id": "n1", "nested": {"a": 1}, "tags": []}', true],
    ['surrounding whitespace', '  {"id":"n1"}\n', false],
    ['text that contains braces and _deleted', '{"id":"n1","body":"} {\\"_deleted\\": x"}', true],
  ])('appends _deleted to %s, giving the same object as parsing would', (_, stored, deleted) => {
    expect(JSON.parse(wireJson(stored, deleted))).toEqual({ ...(JSON.parse(stored) as object), _deleted: deleted });
  });

  it('handles an empty object', () => {
    expect(wireJson('{}', true)).toBe('{"_deleted":true}');
  });

  it.each([['an array', '[1,2]'], ['a string', '"x"'], ['nothing', ''], ['a cut-off object', '{"id":"n1"']])('refuses %s', (_, stored) => {
    expect(() => wireJson(stored, false)).toThrow('not a JSON object');
  });
});

describe('pullResponseJson', () => {
  it('is the PullResponse that JSON.stringify would give', () => {
    const docs = [wireJson('{"id":"a"}', false), wireJson('{"id": "b", "n": 2}', true)];
    expect(JSON.parse(pullResponseJson(docs, { sequence: 7 }))).toEqual({ documents: [{ id: 'a', _deleted: false }, { id: 'b', n: 2, _deleted: true }], checkpoint: { sequence: 7 } });
    expect(JSON.parse(pullResponseJson([], null))).toEqual({ documents: [], checkpoint: null });
  });

  it('says more follow only when the page stopped at its size', () => {
    const docs = [wireJson('{"id":"a"}', false)];
    expect(JSON.parse(pullResponseJson(docs, { sequence: 3 }, true))).toEqual({ documents: [{ id: 'a', _deleted: false }], checkpoint: { sequence: 3 }, more: true });
    expect(JSON.parse(pullResponseJson(docs, { sequence: 3 }, false))).not.toHaveProperty('more');
  });
});
