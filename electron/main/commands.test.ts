import { describe, expect, it, vi } from 'vitest';
import type { AppCommand } from '../../shared/ipc/index.ts';
import { MAX_PENDING_COMMANDS, createCommandRouter, type CommandTarget } from './commands.ts';

function target(id: number, isFocused = false) {
  return { id, isDestroyed: vi.fn(() => false), isFocused: vi.fn(() => isFocused), send: vi.fn() } satisfies CommandTarget;
}

function router(windows: CommandTarget[]) {
  const reveal = vi.fn();
  const openWindow = vi.fn();
  return { router: createCommandRouter({ windows: () => windows, reveal, openWindow }), reveal, openWindow };
}

const search: AppCommand = { kind: 'search' };
const note: AppCommand = { kind: 'navigate', path: '/notes/n1' };

describe('createCommandRouter', () => {
  it('sends to a ready window at once and reveals it', () => {
    const window = target(1);
    const { router: commands, reveal } = router([window]);
    expect(commands.takePending(window)).toEqual([]);
    commands.dispatch(search);
    expect(window.send.mock.calls).toEqual([['app:command', search]]);
    expect(reveal).toHaveBeenCalledWith(window);
  });

  it('prefers the focused window', () => {
    const first = target(1);
    const focused = target(2, true);
    const { router: commands } = router([first, focused]);
    commands.takePending(first);
    commands.takePending(focused);
    commands.dispatch(search);
    expect(focused.send).toHaveBeenCalledTimes(1);
    expect(first.send).not.toHaveBeenCalled();
  });

  it('keeps commands for a window whose page does not listen yet, and hands them over once', () => {
    const window = target(1);
    const { router: commands } = router([window]);
    commands.dispatch(note);
    commands.dispatch(search);
    expect(window.send).not.toHaveBeenCalled();
    expect(commands.takePending(window)).toEqual([note, search]);
    expect(commands.takePending(window)).toEqual([]);
  });

  it('opens a window when there is none and keeps the command for it', () => {
    const windows: CommandTarget[] = [];
    const { router: commands, openWindow } = router(windows);
    commands.dispatch(note);
    expect(openWindow).toHaveBeenCalledTimes(1);
    const opened = target(3);
    windows.push(opened);
    expect(commands.takePending(opened)).toEqual([note]);
  });

  it('queues again once a page is gone (reload or crash) until it listens again', () => {
    const window = target(1);
    const { router: commands } = router([window]);
    commands.takePending(window);
    commands.forget(window);
    commands.dispatch(search);
    expect(window.send).not.toHaveBeenCalled();
    expect(commands.takePending(window)).toEqual([search]);
  });

  it('skips destroyed windows', () => {
    const gone = target(1, true);
    gone.isDestroyed.mockReturnValue(true);
    const alive = target(2);
    const { router: commands } = router([gone, alive]);
    commands.takePending(alive);
    commands.dispatch(search);
    expect(gone.send).not.toHaveBeenCalled();
    expect(alive.send).toHaveBeenCalledTimes(1);
  });

  it('keeps at most the newest commands when a flood of links arrives', () => {
    const window = target(1);
    const { router: commands } = router([window]);
    for (let index = 0; index < MAX_PENDING_COMMANDS + 30; index += 1) commands.dispatch({ kind: 'navigate', path: `/notes/n${index}` });
    const taken = commands.takePending(window);
    expect(taken).toHaveLength(MAX_PENDING_COMMANDS);
    expect(taken.at(-1)).toEqual({ kind: 'navigate', path: `/notes/n${MAX_PENDING_COMMANDS + 29}` });
  });
});
