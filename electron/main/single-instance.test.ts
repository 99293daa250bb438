import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ app: { requestSingleInstanceLock: vi.fn(), on: vi.fn() } }));
vi.mock('electron', () => ({ app: fake.app }));

import { claimSingleInstance } from './single-instance.ts';

function fakeWindow(isMinimized: boolean) {
  return {
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => isMinimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

beforeEach(() => {
  fake.app.on.mockReset();
  fake.app.requestSingleInstanceLock.mockReset();
});

describe('claimSingleInstance', () => {
  it('returns false in a second instance and listens for nothing', () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(false);
    expect(claimSingleInstance(() => null)).toBe(false);
    expect(fake.app.on).not.toHaveBeenCalled();
  });

  it('restores and focuses the existing window when another launch happens', () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(() => window)).toBe(true);

    const [event, onSecondInstance] = fake.app.on.mock.calls[0] ?? [];
    expect(event).toBe('second-instance');
    onSecondInstance();
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a second launch while no window exists', () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(true);
    claimSingleInstance(() => null);
    const [, onSecondInstance] = fake.app.on.mock.calls[0] ?? [];
    expect(() => onSecondInstance()).not.toThrow();
  });

  it('hands the second launch\'s command line over, with or without a window', () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(true);
    const onArgv = vi.fn();
    claimSingleInstance(() => null, onArgv);
    const [, onSecondInstance] = fake.app.on.mock.calls[0] ?? [];
    onSecondInstance({}, ['/opt/Fieldcase/fieldcase', 'fieldcase://notes/n1'], '/home/rep');
    onSecondInstance({}, 'not an argv');
    onSecondInstance({}, [1, 2]);
    expect(onArgv.mock.calls).toEqual([[['/opt/Fieldcase/fieldcase', 'fieldcase://notes/n1']]]);
  });
});
