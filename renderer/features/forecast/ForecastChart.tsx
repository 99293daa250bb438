/**
 * The forecast as bar charts (recharts), one per currency since amounts are never converted.
 * Each chart is an image with a name and, as its description, the same figures in words, shown
 * under it too; the tables beside them hold the figures as well.
 */
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { ForecastFigures } from '../../../shared/domain/forecast.ts';
import { categoryBars, categorySummary, repBars, repSummary } from './forecast-view.ts';

interface Series {
  key: string;
  name: string;
  color: string;
}

const CATEGORY_SERIES: Series[] = [
  { key: 'total', name: 'Total', color: '#1d4e89' },
  { key: 'weighted', name: 'Weighted', color: '#7aa6d8' },
];

const REP_SERIES: Series[] = [
  { key: 'commit', name: 'Commit', color: '#1b5e20' },
  { key: 'bestCase', name: 'Best case', color: '#2e7dbf' },
  { key: 'pipeline', name: 'Pipeline', color: '#9aa5b1' },
];

/** Legend labels in the page's text colour: a pale bar colour is too faint to read as text. */
function legendLabel(value: string) {
  return <span className="forecast-legend-label">{value}</span>;
}

interface BarsProps {
  name: string;
  summary: string;
  currency: string;
  data: object[];
  /** The field of each data row that names its group of bars. */
  xKey: string;
  series: Series[];
}

function Bars({ name, summary, currency, data, xKey, series }: BarsProps) {
  const compact = new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  return (
    <figure className="forecast-chart">
      <BarChart data={data} responsive width="100%" height={240} role="img" title={name} desc={summary} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={xKey} />
        <YAxis tickFormatter={(value: number) => compact.format(value)} width={72} />
        <Legend itemSorter={null} formatter={legendLabel} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
      <figcaption className="muted">
        <strong>{currency}</strong>: {summary}
      </figcaption>
    </figure>
  );
}

export function CategoryChart({ figures, currency, quarterName }: { figures: ForecastFigures; currency: string; quarterName: string }) {
  return (
    <Bars
      name={`Forecast chart, ${quarterName}, ${currency}`}
      summary={categorySummary(figures, currency)}
      currency={currency}
      data={categoryBars(figures, currency)}
      xKey="category"
      series={CATEGORY_SERIES}
    />
  );
}

export function RepChart({ reps, currency, quarterName }: { reps: { name: string; figures: ForecastFigures }[]; currency: string; quarterName: string }) {
  const bars = repBars(reps, currency);
  return <Bars name={`Forecast by rep, ${quarterName}, ${currency}`} summary={repSummary(bars, currency)} currency={currency} data={bars} xKey="rep" series={REP_SERIES} />;
}
