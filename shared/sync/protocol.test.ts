import { describe, expect, it } from 'vitest';
import { newerOnServer, parseCheckpoint, parseCheckpoints } from './protocol.ts';

describe('parseCheckpoint', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['null', null],
    ['{"sequence":0}', { sequence: 0 }],
    ['{"sequence":42}', { sequence: 42 }],
  ])('reads %s', (raw, value) => {
    expect(parseCheckpoint(raw)).toEqual({ ok: true, value });
  });

  it.each(['{', '[]', '42', '{"sequence":-1}', '{"sequence":1.5}', '{"sequence":"1"}', '{"sequence":1,"x":2}', `{"sequence":${'9'.repeat(300)}}`, '{"sequence":1e400}'])(
    'refuses %s',
    (raw) => {
      expect(parseCheckpoint(raw).ok).toBe(false);
    },
  );
});

describe('parseCheckpoints', () => {
  it.each([
    ['{}', {}],
    ['{"call_notes":null}', { call_notes: null }],
    ['{"call_notes":null,"accounts":{"sequence":12}}', { call_notes: null, accounts: { sequence: 12 } }],
  ])('reads %s', (raw, value) => {
    expect(parseCheckpoints(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['nothing', undefined, /required/],
    ['an empty value', '', /required/],
    ['text that is not JSON', '{"call_notes":', /not JSON/],
    ['an array', '[null]', /must be an object/],
    ['null', 'null', /must be an object/],
    ['a number', '7', /must be an object/],
    ['a misspelt collection', '{"call_note":null}', /no collection "call_note"/],
    ['a prototype key', '{"__proto__":null}', /no collection "__proto__"/],
    ['an inherited name', '{"toString":null}', /no collection "toString"/],
    ['a bad checkpoint', '{"accounts":{"sequence":-1}}', /accounts: checkpoint must be/],
    ['a checkpoint with extra keys', '{"accounts":{"sequence":1,"owner":"x"}}', /accounts: checkpoint must be/],
    ['a checkpoint that is a string', '{"accounts":"{\\"sequence\\":1}"}', /accounts: checkpoint must be an object/],
    ['a flood of text', `{"accounts":null,"x":"${'y'.repeat(5_000)}"}`, /too long/],
  ])('refuses %s', (_, raw, message) => {
    const parsed = parseCheckpoints(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('newerOnServer', () => {
  const local = { call_notes: 1, battle_cards: 0 } as Parameters<typeof newerOnServer>[0];

  it('names the collections the server holds in a newer version', () => {
    expect(newerOnServer(local, { call_notes: 2, battle_cards: 0 })).toEqual(['call_notes']);
  });

  it('accepts older or equal versions and ignores junk', () => {
    expect(newerOnServer(local, { call_notes: 1, battle_cards: 0 })).toEqual([]);
    expect(newerOnServer(local, { call_notes: 0 })).toEqual([]);
    expect(newerOnServer(local, { call_notes: '9', battle_cards: null, unknown: 9 })).toEqual([]);
  });
});
