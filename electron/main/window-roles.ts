/**
 * Which of our windows a webContents belongs to. Main registers every window it creates; IPC
 * answers a channel only for the role the contract names, so the talk-track overlay cannot call
 * the app's channels (sessions, files) and the app cannot impersonate the overlay. A webContents
 * main never registered has no role and is answered nothing.
 */
import type { WindowRole } from '../../shared/ipc/index.ts';

export interface RoleHolder {
  readonly id: number;
  once(event: 'destroyed', listener: () => void): unknown;
}

const roles = new Map<number, WindowRole>();

export function assignWindowRole(contents: RoleHolder, role: WindowRole): void {
  roles.set(contents.id, role);
  contents.once('destroyed', () => {
    roles.delete(contents.id);
  });
}

export function windowRoleOf(contents: Pick<RoleHolder, 'id'>): WindowRole | null {
  return roles.get(contents.id) ?? null;
}
