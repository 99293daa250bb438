/**
 * How both stores keep the forecast settings: one row of the settings table whose value is a
 * JSON object of stage → probability, holding only the stages an admin set. A partial update
 * merges into it inside the database (one statement), so two admins setting different stages
 * at once both keep their change.
 */
import {
  DEFAULT_STAGE_PROBABILITIES,
  mergeStageProbabilities,
  validateStageProbabilities,
} from '../../shared/domain/stage-probabilities.ts';
import type { ForecastSettings } from '../../shared/sync/protocol.ts';

export const STAGE_PROBABILITIES_KEY = 'forecast.stageProbabilities';

/** The settings from the stored row (or none). A value the code no longer accepts falls back to the defaults, stage by stage. */
export function toForecastSettings(stored: unknown, updatedAt: number | null): ForecastSettings {
  const patch: Record<string, unknown> = {};
  if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
    for (const [stage, value] of Object.entries(stored)) {
      if (validateStageProbabilities({ [stage]: value }, { isPartial: true }).ok) patch[stage] = value;
    }
  }
  const checked = validateStageProbabilities(patch, { isPartial: true });
  const stageProbabilities = mergeStageProbabilities(DEFAULT_STAGE_PROBABILITIES, checked.ok ? checked.value : {});
  return { stageProbabilities, updatedAt };
}
