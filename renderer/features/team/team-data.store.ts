/**
 * What the app knows of the server's forecast settings and of the signed-in manager's team,
 * and where it came from. Written only by team-refresh.ts (and at start from the cache);
 * screens read it through useForecastSettings() and useTeam().
 */
import { create } from 'zustand';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../shared/domain/stage-probabilities.ts';
import type { ForecastSettings, TeamMember } from '../../../shared/sync/protocol.ts';
import { readCachedSettings, type TeamOwner } from './team-cache.ts';

export type SettingsSource = 'server' | 'cached' | 'default';
export type TeamSource = 'server' | 'cached' | 'none';

export interface TeamDataState {
  settings: ForecastSettings;
  settingsSource: SettingsSource;
  members: TeamMember[];
  teamSource: TeamSource;
  /** Whose team `members` is; null when there is none. */
  teamOwner: TeamOwner | null;
}

export const DEFAULT_FORECAST_SETTINGS: ForecastSettings = {
  stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES },
  updatedAt: null,
};

/** The page's localStorage, or null where storage is switched off (it throws on access then). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function initialTeamData(storage: Storage | null = browserStorage()): TeamDataState {
  const cached = storage ? readCachedSettings(storage) : null;
  return {
    settings: cached ?? DEFAULT_FORECAST_SETTINGS,
    settingsSource: cached ? 'cached' : 'default',
    members: [],
    teamSource: 'none',
    teamOwner: null,
  };
}

export const useTeamData = create<TeamDataState>(() => initialTeamData());
