/**
 * Development and test builds may keep their profile elsewhere (FIELDCASE_USER_DATA_DIR), so the
 * Electron specs can run several apps at once, each with its own database, window state and
 * single-instance lock. A packaged app ignores the variable: the rep's data lives where the OS says.
 */
import path from 'node:path';

export interface UserDataApp {
  readonly isPackaged: boolean;
  setPath(name: 'userData', value: string): void;
}

/** Applies the override when allowed; returns the folder used, or null when there is none. */
export function applyUserDataOverride(target: UserDataApp, raw: string | undefined): string | null {
  if (target.isPackaged || raw === undefined || raw === '') return null;
  if (!path.isAbsolute(raw) || raw.length > 1024) {
    console.error('[main] FIELDCASE_USER_DATA_DIR must be an absolute path; ignored');
    return null;
  }
  target.setPath('userData', raw);
  return raw;
}
