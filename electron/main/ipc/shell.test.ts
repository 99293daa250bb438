import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    ipcMain: { handle: vi.fn((channel: string, listener: Listener) => handlers.set(channel, listener)) },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
});
vi.mock('electron', () => ({ ipcMain: fake.ipcMain, shell: fake.shell }));

import { createHandle } from './register.ts';
import { registerShellIpc } from './shell.ts';
import { invokeEventFrom } from './testing.ts';

const fromApp = invokeEventFrom('app', 'app://fieldcase/');

function openExternal(payload: unknown): Promise<unknown> {
  const listener = fake.handlers.get('shell:open-external');
  if (listener === undefined) throw new Error('shell:open-external is not registered');
  return listener(fromApp, payload);
}

beforeEach(() => {
  fake.handlers.clear();
  fake.shell.openExternal.mockReset();
  fake.shell.openExternal.mockResolvedValue(undefined);
  registerShellIpc(createHandle(new Set(['app://fieldcase'])));
});

describe('shell:open-external', () => {
  it('opens a validated web URL in the system browser and returns null', async () => {
    const result = await openExternal({ url: 'https://Example.com/pricing?plan=team' });
    expect(result).toEqual({ ok: true, data: null });
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://example.com/pricing?plan=team']]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['data:text/html,hi'],
    ['smb://attacker/share'],
    ['https://user:pass@example.com/'],
    ['https:/evil.example'],
    ['https://example.com/' + 'a'.repeat(2048)],
  ])('never opens %s', async (url) => {
    const result = await openExternal({ url });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('reports internal when the OS refuses to open the link', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fake.shell.openExternal.mockRejectedValue(new Error('no handler'));
    await expect(openExternal({ url: 'https://example.com' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
