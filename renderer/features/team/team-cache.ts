/**
 * The last forecast settings and team list the server gave this laptop, kept in localStorage.
 * Neither is secret (the stage probabilities are company settings; the team is names and
 * e-mail addresses a manager sees anyway), both are a few kilobytes at most, and a synchronous
 * read lets the first render show them instead of flashing the defaults: a small Dexie
 * database would add an asynchronous open for nothing. What is read back is checked, so a
 * value written by an older build or edited by hand falls back instead of breaking a screen.
 */
import { validateStageProbabilities, mergeStageProbabilities, DEFAULT_STAGE_PROBABILITIES } from '../../../shared/domain/stage-probabilities.ts';
import { USER_ROLES, type ForecastSettings, type TeamMember } from '../../../shared/sync/protocol.ts';

export const SETTINGS_KEY = 'fieldcase:forecast-settings';
export const TEAM_KEY = 'fieldcase:team';

/** Whose team a cached list is: the server and the signed-in manager. */
export interface TeamOwner {
  serverUrl: string;
  userId: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJson(storage: Storage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Storage may be full or switched off (private windows): the cache is a convenience, never a failure. */
function writeJson(storage: Storage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Nothing to do: the app keeps what it fetched in memory for this session.
  }
}

/** Settings as the server sent them, checked; null when they do not hold every stage in range. */
export function checkForecastSettings(value: unknown): ForecastSettings | null {
  if (!isRecord(value)) return null;
  const checked = validateStageProbabilities(value['stageProbabilities'], { isPartial: false });
  const updatedAt = value['updatedAt'];
  if (!checked.ok || !(updatedAt === null || (typeof updatedAt === 'number' && Number.isFinite(updatedAt)))) return null;
  return { stageProbabilities: mergeStageProbabilities(DEFAULT_STAGE_PROBABILITIES, checked.value), updatedAt };
}

function isTeamMember(value: unknown): value is TeamMember {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['name'] === 'string' &&
    typeof value['email'] === 'string' &&
    (USER_ROLES as readonly unknown[]).includes(value['role'])
  );
}

/** A team list as the server sent it, checked; null when it is not one. */
export function checkTeamMembers(value: unknown): TeamMember[] | null {
  if (!Array.isArray(value) || !value.every(isTeamMember)) return null;
  return value.map(({ id, name, email, role }) => ({ id, name, email, role }));
}

export function readCachedSettings(storage: Storage): ForecastSettings | null {
  return checkForecastSettings(readJson(storage, SETTINGS_KEY));
}

export function writeCachedSettings(storage: Storage, settings: ForecastSettings): void {
  writeJson(storage, SETTINGS_KEY, settings);
}

/** The cached team of exactly this manager on this server; another user's list is not theirs to see. */
export function readCachedTeam(storage: Storage, owner: TeamOwner): TeamMember[] | null {
  const cached = readJson(storage, TEAM_KEY);
  if (!isRecord(cached) || cached['serverUrl'] !== owner.serverUrl || cached['userId'] !== owner.userId) return null;
  return checkTeamMembers(cached['members']);
}

export function writeCachedTeam(storage: Storage, owner: TeamOwner, members: TeamMember[]): void {
  writeJson(storage, TEAM_KEY, { ...owner, members });
}

export function forgetCachedTeam(storage: Storage): void {
  try {
    storage.removeItem(TEAM_KEY);
  } catch {
    // As in writeJson: nothing to do.
  }
}
