import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TALK_TRACK_API_KEY, type TalkTrackApi } from '../../shared/ipc/index.ts';

const fake = vi.hoisted(() => {
  const exposed = new Map<string, TalkTrackApi>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ..._args: unknown[]) => ({ ok: true, data: `reply from ${channel}` })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
  };
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: TalkTrackApi) => {
      exposed.set(key, api);
    }),
  };
  return { exposed, ipcRenderer, contextBridge };
});
vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer }));

import './talk-track.ts';

function exposedApi(): TalkTrackApi {
  const api = fake.exposed.get(TALK_TRACK_API_KEY);
  if (api === undefined) throw new Error('window.fieldcaseTalkTrack was not exposed');
  return api;
}

beforeEach(() => {
  fake.ipcRenderer.invoke.mockClear();
});

describe('talk-track preload', () => {
  it('exposes only close and setAlwaysOnTop, under its own key, and never window.fieldcase', () => {
    expect([...fake.exposed.keys()]).toEqual(['fieldcaseTalkTrack']);
    const api = exposedApi();
    expect(Object.keys(api)).toEqual(['close', 'setAlwaysOnTop']);
    expect(Object.values(api).includes(fake.ipcRenderer.invoke as never)).toBe(false);
  });

  it('close invokes talk-track:close with no payload, even when page code passes one', async () => {
    // @ts-expect-error close takes no argument; an argument from page code must not reach main
    await exposedApi().close('everything');
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['talk-track:close']]);
  });

  it('setAlwaysOnTop invokes talk-track:set-always-on-top with { alwaysOnTop }', async () => {
    await expect(exposedApi().setAlwaysOnTop(false)).resolves.toEqual({
      ok: true,
      data: 'reply from talk-track:set-always-on-top',
    });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['talk-track:set-always-on-top', { alwaysOnTop: false }]]);
  });

  it('subscribes to nothing', () => {
    expect(fake.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
