import { describe, expect, it } from 'vitest';
import { isPing, parsePlayerMessage, parsePopoutMessage, type TalkTrackView } from './talk-track-channel.ts';

const view: TalkTrackView = {
  scriptId: 'script-1',
  scriptTitle: 'Exec overview',
  isRehearsal: false,
  current: 1,
  title: 'Drill',
  talkTrack: 'Let’s take the red site.',
  action: 'Click the red tile.',
  nextTitle: null,
  plannedMs: [60_000, 120_000],
  stepMs: [61_000, 0],
  runningSince: 1_800_000_000_000,
};

describe('parsePlayerMessage', () => {
  it('accepts a state and a closed player', () => {
    expect(parsePlayerMessage({ type: 'state', view })).toEqual({ type: 'state', view });
    expect(parsePlayerMessage({ type: 'state', view: { ...view, runningSince: null, nextTitle: 'Close' } })?.type).toBe('state');
    expect(parsePlayerMessage({ type: 'player-closed' })).toEqual({ type: 'player-closed' });
  });

  it('drops fields it does not know', () => {
    const parsed = parsePlayerMessage({ type: 'state', view: { ...view, script: '<img onerror>' }, extra: 1 });
    expect(parsed).toEqual({ type: 'state', view });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'state'],
    ['an array', [1, 2]],
    ['an unknown type', { type: 'explode' }],
    ['a state without a view', { type: 'state' }],
    ['a step index past the end', { type: 'state', view: { ...view, current: 2 } }],
    ['a negative step index', { type: 'state', view: { ...view, current: -1 } }],
    ['a fractional step index', { type: 'state', view: { ...view, current: 0.5 } }],
    ['times not matching the plan', { type: 'state', view: { ...view, stepMs: [1] } }],
    ['no steps at all', { type: 'state', view: { ...view, plannedMs: [], stepMs: [], current: 0 } }],
    ['a NaN time', { type: 'state', view: { ...view, stepMs: [Number.NaN, 0] } }],
    ['a negative clock', { type: 'state', view: { ...view, runningSince: -1 } }],
    ['talk track that is not text', { type: 'state', view: { ...view, talkTrack: { html: '<b>' } } }],
    ['an oversized talk track', { type: 'state', view: { ...view, talkTrack: 'x'.repeat(20_001) } }],
    ['a rehearsal flag that is not a boolean', { type: 'state', view: { ...view, isRehearsal: 'yes' } }],
  ])('refuses %s', (_case, data) => {
    expect(parsePlayerMessage(data)).toBeNull();
  });
});

describe('parsePopoutMessage', () => {
  it.each(['next', 'back', 'pause'] as const)('accepts the command %s', (command) => {
    expect(parsePopoutMessage({ type: 'command', command })).toEqual({ type: 'command', command });
  });

  it('accepts hello and bye', () => {
    expect(parsePopoutMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parsePopoutMessage({ type: 'bye', extra: true })).toEqual({ type: 'bye' });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an unknown command', { type: 'command', command: 'end' }],
    ['a command without a name', { type: 'command' }],
    ['a state message', { type: 'state', view }],
    ['a number', 42],
  ])('refuses %s', (_case, data) => {
    expect(parsePopoutMessage(data)).toBeNull();
  });
});

describe('isPing', () => {
  it('knows a ping from anything else', () => {
    expect(isPing({ type: 'ping' })).toBe(true);
    expect(isPing({ type: 'hello' })).toBe(false);
    expect(isPing(null)).toBe(false);
  });
});
