import { describe, expect, it, vi } from 'vitest';

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

describe('forwardResumeEvents', () => {
  it('sends system:resumed with the resume time to every window when the OS resumes', () => {
    forwardResumeEvents(() => 1_700_000_000_000);
    const [event, onResume] = fake.powerMonitor.on.mock.calls[0] ?? [];
    expect(event).toBe('resume');
    expect(fake.contents.send).not.toHaveBeenCalled();

    onResume();
    expect(fake.contents.send.mock.calls).toEqual([['system:resumed', { at: 1_700_000_000_000 }]]);
  });
});
