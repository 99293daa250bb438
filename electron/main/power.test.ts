import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const contents = { isDestroyed: vi.fn(() => false), send: vi.fn() };
  return {
    contents,
    powerMonitor: { on: vi.fn() },
    BrowserWindow: { getAllWindows: vi.fn(() => [{ isDestroyed: () => false, webContents: contents }]) },
  };
});
vi.mock('electron', () => ({ powerMonitor: fake.powerMonitor, BrowserWindow: fake.BrowserWindow }));

import { forwardResumeEvents } from './power.ts';

beforeEach(() => {
  fake.powerMonitor.on.mockClear();
  fake.contents.send.mockClear();
});

describe('forwardResumeEvents', () => {
  it.each(['resume', 'unlock-screen'])('sends system:resumed with the time to every window on %s', (name) => {
    forwardResumeEvents(() => 1_700_000_000_000);
    const call = fake.powerMonitor.on.mock.calls.find(([event]) => event === name);
    expect(call).toBeDefined();
    expect(fake.contents.send).not.toHaveBeenCalled();

    call?.[1]();
    expect(fake.contents.send.mock.calls).toEqual([['system:resumed', { at: 1_700_000_000_000 }]]);
  });

  it('listens to nothing else', () => {
    forwardResumeEvents();
    expect(fake.powerMonitor.on.mock.calls.map(([event]) => event)).toEqual(['resume', 'unlock-screen']);
  });
});
