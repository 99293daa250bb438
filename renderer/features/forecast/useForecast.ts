import { useMemo } from 'react';
import { buildForecast, buildTeamForecast, type Forecast, type TeamForecast } from '../../../shared/domain/forecast.ts';
import { isTimeZone } from '../../../shared/domain/forecast-quarter.ts';
import type { Opportunity, OpportunityStage } from '../../../shared/schemas/index.ts';
import { observeForecastDeals, type ForecastScope } from '../../db/repos/forecast.repo.ts';
import { useLiveQuery } from '../../db/useDatabase.ts';

export function useForecastDeals(scope: ForecastScope) {
  const key = scope === 'team' ? 'forecast-deals:team' : `forecast-deals:rep:${scope.ownerId}`;
  return useLiveQuery(key, (db) => observeForecastDeals(db, scope));
}

/** The rep's own IANA time zone, or UTC where the runtime cannot say. */
export function localTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

interface ForecastInput {
  deals: readonly Opportunity[];
  quarter: string;
  timeZone: string;
  now: number;
  probabilities: Readonly<Record<OpportunityStage, number>>;
}

export function useRepForecast({ deals, quarter, timeZone, now, probabilities }: ForecastInput): Forecast {
  return useMemo(() => buildForecast(deals, { quarter, timeZone, now, probabilities }), [deals, quarter, timeZone, now, probabilities]);
}

export function useTeamForecast({ deals, quarter, timeZone, now, probabilities }: ForecastInput): TeamForecast {
  return useMemo(() => buildTeamForecast(deals, { quarter, timeZone, now, probabilities }), [deals, quarter, timeZone, now, probabilities]);
}
