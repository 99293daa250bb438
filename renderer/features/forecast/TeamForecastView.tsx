import type { TeamForecast } from '../../../shared/domain/forecast.ts';
import { quarterLabel } from '../../../shared/domain/forecast-quarter.ts';
import { formatTotals } from '../../../shared/domain/pipeline.ts';
import { ForecastChanges } from './ForecastChanges.tsx';
import { RepChart } from './LazyForecastChart.tsx';
import { ForecastFiguresView } from './ForecastFiguresView.tsx';
import { currenciesOf, formatChange } from './forecast-view.ts';

/** A manager's view: one row a rep and the team's total, a chart by rep, the team's changes. */
export function TeamForecastView({ forecast, repName }: { forecast: TeamForecast; repName: (ownerId: string) => string }) {
  const { reps, team } = forecast;
  const quarterName = quarterLabel(team.quarter);
  const named = reps.map((rep) => ({ name: repName(rep.ownerId), figures: rep.forecast.current }));
  return (
    <>
      <section aria-labelledby="forecast-reps-title">
        <h2 id="forecast-reps-title">By rep</h2>
        {currenciesOf([team.current]).map((currency) => (
          <RepChart key={currency} reps={named} currency={currency} quarterName={quarterName} />
        ))}
        <table className="forecast-table">
          <caption>Forecast by rep, {quarterName}</caption>
          <thead>
            <tr>
              <th scope="col">Rep</th>
              <th scope="col">Won</th>
              <th scope="col">Commit</th>
              <th scope="col">Best case</th>
              <th scope="col">Pipeline</th>
              <th scope="col">Expected close</th>
              <th scope="col">Commit change since last week</th>
            </tr>
          </thead>
          <tbody>
            {reps.map((rep, i) => (
              <RepRow key={rep.ownerId} name={named[i]?.name ?? rep.ownerId} forecast={rep.forecast} />
            ))}
          </tbody>
          <tfoot>
            <RepRow name="Team" forecast={team} />
          </tfoot>
        </table>
      </section>
      <ForecastFiguresView forecast={team} title="Team" />
      <ForecastChanges changes={team.changes} quarter={team.quarter} repName={repName} />
    </>
  );
}

function RepRow({ name, forecast }: { name: string; forecast: TeamForecast['team'] }) {
  const { current, change } = forecast;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{formatTotals(current.won)}</td>
      <td>{formatTotals(current.commit.total)}</td>
      <td>{formatTotals(current.bestCase.total)}</td>
      <td>{formatTotals(current.pipeline.total)}</td>
      <td>{formatTotals(current.expected)}</td>
      <td>{formatChange(change.commit.total)}</td>
    </tr>
  );
}
