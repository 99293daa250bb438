import { describe, expect, it } from 'vitest';
import { newerOnServer, parseCheckpoint } from './protocol.ts';

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
