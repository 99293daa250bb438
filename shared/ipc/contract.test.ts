import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ipcChannels,
  ipcEvents,
  validateAlwaysOnTopPayload,
  validateNoPayload,
  validateOpenExternalPayload,
  validateResumedEvent,
  type AppInfo,
  type ChannelPayload,
  type ChannelResult,
  type EventPayload,
  type OpenExternalPayload,
  type ResumedEvent,
} from './contract.ts';
import { validateStoredSession, type LoadedSession, type SavedSession, type StoredSession } from './session.ts';

const NAME = /^[a-z]+(?:-[a-z]+)*:[a-z]+(?:-[a-z]+)*$/;

describe('channel and event names', () => {
  it('lists exactly the channels and events of the contract', () => {
    expect(Object.keys(ipcChannels).sort()).toEqual([
      'app:get-info',
      'app:take-commands',
      'files:open-with-system',
      'session:clear',
      'session:load',
      'session:save',
      'shell:open-external',
      'sync:report-status',
      'talk-track:close',
      'talk-track:set-always-on-top',
    ]);
    expect(Object.keys(ipcEvents)).toEqual(['system:resumed', 'app:command']);
  });

  const names = [...Object.keys(ipcChannels), ...Object.keys(ipcEvents)];
  it.each(names)('%s is namespace:verb-noun in kebab case', (name) => {
    expect(name).toMatch(NAME);
  });

  it('derives payload and result types from the map', () => {
    expectTypeOf<ChannelPayload<'app:get-info'>>().toEqualTypeOf<undefined>();
    expectTypeOf<ChannelResult<'app:get-info'>>().toEqualTypeOf<AppInfo>();
    expectTypeOf<ChannelPayload<'shell:open-external'>>().toEqualTypeOf<OpenExternalPayload>();
    expectTypeOf<ChannelResult<'shell:open-external'>>().toEqualTypeOf<null>();
    expectTypeOf<EventPayload<'system:resumed'>>().toEqualTypeOf<ResumedEvent>();
    expectTypeOf<ChannelPayload<'session:load'>>().toEqualTypeOf<undefined>();
    expectTypeOf<ChannelResult<'session:load'>>().toEqualTypeOf<LoadedSession>();
    expectTypeOf<ChannelPayload<'session:save'>>().toEqualTypeOf<StoredSession>();
    expectTypeOf<ChannelResult<'session:save'>>().toEqualTypeOf<SavedSession>();
    expectTypeOf<ChannelPayload<'session:clear'>>().toEqualTypeOf<undefined>();
    expectTypeOf<ChannelResult<'session:clear'>>().toEqualTypeOf<null>();
  });

  it('validates session payloads: none for load and clear, a whole session for save', () => {
    expect(ipcChannels['session:load'].validate).toBe(validateNoPayload);
    expect(ipcChannels['session:clear'].validate).toBe(validateNoPayload);
    expect(ipcChannels['session:save'].validate).toBe(validateStoredSession);
  });
});

describe('window roles', () => {
  it('gives the talk-track overlay its two channels and nothing else', () => {
    const overlayChannels = Object.entries(ipcChannels)
      .filter(([, def]) => def.from === 'talk-track')
      .map(([channel]) => channel);
    expect(overlayChannels).toEqual(['talk-track:close', 'talk-track:set-always-on-top']);
  });
});

describe('validateAlwaysOnTopPayload', () => {
  it('accepts { alwaysOnTop: boolean } only', () => {
    expect(validateAlwaysOnTopPayload({ alwaysOnTop: false })).toEqual({ ok: true, value: { alwaysOnTop: false } });
    for (const input of [undefined, null, true, { alwaysOnTop: 'yes' }, { alwaysOnTop: 1 }, { alwaysOnTop: true, level: 'screen-saver' }]) {
      expect(validateAlwaysOnTopPayload(input).ok).toBe(false);
    }
  });
});

describe('validateNoPayload', () => {
  it('accepts only a missing payload', () => {
    expect(validateNoPayload(undefined)).toEqual({ ok: true, value: undefined });
  });

  it.each([[null], [0], [''], [{}], [[]], ['x'.repeat(100_000)], [false]])('rejects %j', (input) => {
    expect(validateNoPayload(input)).toEqual({ ok: false, message: 'this channel takes no payload' });
  });
});

describe('validateOpenExternalPayload', () => {
  it('accepts { url } with a web URL and returns the normalised URL', () => {
    expect(validateOpenExternalPayload({ url: 'HTTPS://Example.com' })).toEqual({
      ok: true,
      value: { url: 'https://example.com/' },
    });
  });

  it('accepts a null-prototype object, as structured clone may deliver', () => {
    const payload: Record<string, unknown> = Object.create(null);
    payload['url'] = 'https://example.com/';
    expect(validateOpenExternalPayload(payload).ok).toBe(true);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'https://example.com'],
    ['a number', 7],
    ['an array', ['https://example.com']],
    ['an array with a url key', Object.assign(['x'], { url: 'https://example.com' })],
    ['an empty object', {}],
    ['an extra key', { url: 'https://example.com', then: 'x' }],
    ['a non-string url', { url: 42 }],
    ['a nested url', { url: { href: 'https://example.com' } }],
    ['a javascript: url', { url: 'javascript:alert(1)' }],
    ['a file: url', { url: 'file:///etc/passwd' }],
    ['a data: url', { url: 'data:text/html,hi' }],
    ['credentials', { url: 'https://user:pass@example.com' }],
    ['a look-alike scheme', { url: 'https:/evil.example' }],
    ['a huge url', { url: 'https://example.com/' + 'a'.repeat(5_000_000) }],
    ['a Date', new Date()],
    ['a class instance', new (class { url = 'https://example.com' })()],
  ])('rejects %s', (_label, input) => {
    expect(validateOpenExternalPayload(input).ok).toBe(false);
  });
});

describe('validateResumedEvent', () => {
  it('accepts { at } with an epoch time', () => {
    expect(validateResumedEvent({ at: 1_700_000_000_000 })).toEqual({ ok: true, value: { at: 1_700_000_000_000 } });
  });

  it.each([
    [null],
    [{}],
    [{ at: '1700000000000' }],
    [{ at: Number.NaN }],
    [{ at: Number.POSITIVE_INFINITY }],
    [{ at: -1 }],
    [{ at: 1, sender: {} }],
    [[1]],
  ])('rejects %j', (input) => {
    expect(validateResumedEvent(input).ok).toBe(false);
  });
});
