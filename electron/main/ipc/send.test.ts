import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ BrowserWindow: { getAllWindows: vi.fn() } }));
vi.mock('electron', () => ({ BrowserWindow: fake.BrowserWindow }));

import { broadcast, send } from './send.ts';

function fakeContents(isDestroyed = false) {
  return { isDestroyed: vi.fn(() => isDestroyed), send: vi.fn() };
}

describe('send', () => {
  it('delivers the event and its payload on the event channel', () => {
    const target = fakeContents();
    expect(send(target, 'system:resumed', { at: 5 })).toBe(true);
    expect(target.send.mock.calls).toEqual([['system:resumed', { at: 5 }]]);
  });

  it('skips a destroyed webContents instead of throwing', () => {
    const target = fakeContents(true);
    expect(send(target, 'system:resumed', { at: 5 })).toBe(false);
    expect(target.send).not.toHaveBeenCalled();
  });
});

describe('broadcast', () => {
  it('sends to every live window and skips destroyed ones', () => {
    const live = fakeContents();
    const closing = fakeContents();
    const dead = fakeContents(true);
    fake.BrowserWindow.getAllWindows.mockReturnValue([
      { isDestroyed: () => false, webContents: live },
      { isDestroyed: () => true, webContents: closing },
      { isDestroyed: () => false, webContents: dead },
    ]);
    broadcast('system:resumed', { at: 9 });
    expect(live.send.mock.calls).toEqual([['system:resumed', { at: 9 }]]);
    expect(closing.send).not.toHaveBeenCalled();
    expect(dead.send).not.toHaveBeenCalled();
  });
});
