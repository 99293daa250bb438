import type { ForecastSettings } from '../../../shared/sync/protocol.ts';
import { useTeamData, type SettingsSource } from './team-data.store.ts';

/**
 * The forecast's stage probabilities: as the server last answered ('server'), as kept on this
 * laptop from an earlier answer ('cached'), or the defaults when none ever came ('default').
 */
export function useForecastSettings(): { settings: ForecastSettings; source: SettingsSource } {
  const settings = useTeamData((state) => state.settings);
  const source = useTeamData((state) => state.settingsSource);
  return { settings, source };
}
