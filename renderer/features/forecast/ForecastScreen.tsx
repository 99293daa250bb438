import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { quarterOf, isQuarterId } from '../../../shared/domain/forecast-quarter.ts';
import { STAGE_LABELS } from '../../../shared/domain/pipeline.ts';
import { OPPORTUNITY_STAGES, type Opportunity } from '../../../shared/schemas/index.ts';
import type { ForecastSettings } from '../../../shared/sync/protocol.ts';
import { useSession } from '../../app/session.store.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useNow } from '../../ui/useNow.ts';
import { useForecastSettings } from '../team/useForecastSettings.ts';
import { useTeam } from '../team/useTeam.ts';
import { DemoWorkspaceOffer } from '../workspace/DemoWorkspaceOffer.tsx';
import { ForecastChanges } from './ForecastChanges.tsx';
import { ForecastFiguresView } from './ForecastFiguresView.tsx';
import './forecast.css';
import { quarterChoices } from './forecast-view.ts';
import { TeamForecastView } from './TeamForecastView.tsx';
import { localTimeZone, useForecastDeals, useRepForecast, useTeamForecast } from './useForecast.ts';

/** The quarter's forecast: the rep's own, or for a manager or admin the team's, by rep. */
export function ForecastScreen() {
  const role = useSession((s) => s.user?.role);
  const userId = useSession((s) => s.userId);
  const isTeam = role === 'manager' || role === 'admin';
  const deals = useForecastDeals(isTeam ? 'team' : { ownerId: userId });
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Forecast</h1>
      <LoadState query={deals}>
        {(all) => {
          if (all.length > 0) return <ForecastBody deals={all} isTeam={isTeam} />;
          return isTeam ? <p>No deals of your team are on this laptop yet; they arrive with the next sync.</p> : <DemoWorkspaceOffer />;
        }}
      </LoadState>
    </section>
  );
}

function ForecastBody({ deals, isTeam }: { deals: Opportunity[]; isTeam: boolean }) {
  const now = useNow();
  const timeZone = useMemo(() => localTimeZone(), []);
  const { settings, source } = useForecastSettings();
  const [params, setParams] = useSearchParams();
  const choices = useMemo(() => quarterChoices(deals, now, timeZone), [deals, now, timeZone]);
  const asked = params.get('quarter') ?? '';
  const quarter = isQuarterId(asked) ? asked : (quarterOf(now, timeZone) ?? choices[0]?.id ?? '');
  const options = choices.some((choice) => choice.id === quarter) ? choices : [...choices, { id: quarter, label: quarter }];
  const input = { deals, quarter, timeZone, now, probabilities: settings.stageProbabilities };
  return (
    <>
      <div className="toolbar">
        <label htmlFor="forecast-quarter">Quarter</label>
        <select id="forecast-quarter" value={quarter} onChange={(e) => setParams({ quarter: e.target.value }, { replace: true })}>
          {options.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
        <span className="muted">Close dates read in {timeZone}.</span>
      </div>
      <ProbabilitiesNote settings={settings} source={source} />
      {isTeam ? <TeamView {...input} /> : <RepView {...input} />}
    </>
  );
}

type ViewInput = Parameters<typeof useRepForecast>[0];

function RepView(input: ViewInput) {
  const forecast = useRepForecast(input);
  return (
    <>
      <ForecastFiguresView forecast={forecast} title="Your forecast" />
      <ForecastChanges changes={forecast.changes} quarter={forecast.quarter} />
    </>
  );
}

function TeamView(input: ViewInput) {
  const forecast = useTeamForecast(input);
  const { members } = useTeam();
  const names = useMemo(() => new Map(members.map((member) => [member.id, member.name])), [members]);
  return <TeamForecastView forecast={forecast} repName={(ownerId) => names.get(ownerId) ?? ownerId} />;
}

const SOURCE_NOTES = {
  server: 'Stage probabilities as set by your admin',
  cached: 'Stage probabilities as last received from the server (offline copy)',
  default: 'Stage probabilities: the defaults, since no settings have come from the server yet',
} as const;

function ProbabilitiesNote({ settings, source }: { settings: ForecastSettings; source: keyof typeof SOURCE_NOTES }) {
  const weights = OPPORTUNITY_STAGES.filter((stage) => stage !== 'closed_lost')
    .map((stage) => `${STAGE_LABELS[stage]} ${Math.round((settings.stageProbabilities[stage] ?? 0) * 100)}%`)
    .join(', ');
  return (
    <p className="muted">
      {SOURCE_NOTES[source]}: {weights}.
    </p>
  );
}
