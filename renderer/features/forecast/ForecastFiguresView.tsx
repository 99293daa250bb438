import type { Forecast } from '../../../shared/domain/forecast.ts';
import { quarterLabel } from '../../../shared/domain/forecast-quarter.ts';
import { CategoryChart } from './LazyForecastChart.tsx';
import { ForecastTable } from './ForecastTable.tsx';
import { currenciesOf } from './forecast-view.ts';

/** Commit, best case and pipeline as a chart per currency and as a table. */
export function ForecastFiguresView({ forecast, title }: { forecast: Forecast; title: string }) {
  const quarterName = quarterLabel(forecast.quarter);
  const currencies = currenciesOf([forecast.current]);
  return (
    <section aria-labelledby="forecast-figures-title">
      <h2 id="forecast-figures-title">{title}: commit, best case and pipeline</h2>
      {currencies.length === 0 ? (
        <p className="muted">No won or open deal closes in {quarterName}.</p>
      ) : (
        currencies.map((currency) => <CategoryChart key={currency} figures={forecast.current} currency={currency} quarterName={quarterName} />)
      )}
      <ForecastTable forecast={forecast} caption={`Forecast figures, ${quarterName}`} />
      {forecast.skipped > 0 && (
        <p role="note" className="muted">
          {forecast.skipped} {forecast.skipped === 1 ? 'deal is' : 'deals are'} left out: amount, close date, currency or stage could not be read.
        </p>
      )}
    </section>
  );
}
