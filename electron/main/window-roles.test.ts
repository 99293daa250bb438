import { describe, expect, it } from 'vitest';
import { assignWindowRole, windowRoleOf } from './window-roles.ts';

function contents(id: number) {
  const listeners: (() => void)[] = [];
  return { id, once: (_event: 'destroyed', listener: () => void) => listeners.push(listener), destroy: () => listeners.forEach((listener) => listener()) };
}

describe('window roles', () => {
  it('knows the role of each registered webContents until it is destroyed', () => {
    const app = contents(9001);
    const overlay = contents(9002);
    assignWindowRole(app, 'app');
    assignWindowRole(overlay, 'talk-track');
    expect(windowRoleOf(app)).toBe('app');
    expect(windowRoleOf(overlay)).toBe('talk-track');

    overlay.destroy();
    expect(windowRoleOf(overlay)).toBeNull();
  });

  it('gives no role to a webContents main never registered', () => {
    expect(windowRoleOf({ id: 123_456 })).toBeNull();
  });
});
