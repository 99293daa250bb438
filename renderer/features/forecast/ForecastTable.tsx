import type { Forecast } from '../../../shared/domain/forecast.ts';
import { figureRows } from './forecast-view.ts';

/** The chart's figures as a table: total, weighted and the change since last week per row. */
export function ForecastTable({ forecast, caption }: { forecast: Forecast; caption: string }) {
  return (
    <table className="forecast-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col">Total</th>
          <th scope="col">Weighted</th>
          <th scope="col">Change since last week</th>
        </tr>
      </thead>
      <tbody>
        {figureRows(forecast.current, forecast.change).map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.total}</td>
            <td>{row.weighted}</td>
            <td>{row.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
