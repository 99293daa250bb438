import { describe, expect, it, vi } from 'vitest';
import { applyUserDataOverride } from './user-data.ts';

const target = (isPackaged: boolean) => ({ isPackaged, setPath: vi.fn() });

describe('applyUserDataOverride', () => {
  it('moves the profile of a development build', () => {
    const app = target(false);
    expect(applyUserDataOverride(app, '/tmp/fieldcase-spec-1')).toBe('/tmp/fieldcase-spec-1');
    expect(app.setPath).toHaveBeenCalledWith('userData', '/tmp/fieldcase-spec-1');
  });

  it('never moves the profile of a packaged app', () => {
    const app = target(true);
    expect(applyUserDataOverride(app, '/tmp/elsewhere')).toBeNull();
    expect(app.setPath).not.toHaveBeenCalled();
  });

  it.each([undefined, '', 'relative/dir', `/${'a'.repeat(2000)}`])('ignores %j', (raw) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = target(false);
    expect(applyUserDataOverride(app, raw)).toBeNull();
    expect(app.setPath).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
