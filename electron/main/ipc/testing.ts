/**
 * Test support for the IPC handler suites: invoke events as Electron builds them, from a
 * webContents registered with a window role, as main registers its own windows.
 */
import type { WindowRole } from '../../../shared/ipc/index.ts';
import { assignWindowRole } from '../window-roles.ts';

let nextId = 1000;

export interface FakeInvokeEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: null };
}

export function invokeEventFrom(role: WindowRole | null, url = 'app://fieldcase/index.html'): FakeInvokeEvent {
  nextId += 1;
  const sender = { id: nextId };
  if (role !== null) assignWindowRole({ ...sender, once: () => sender }, role);
  return { sender, senderFrame: { url, parent: null } };
}
