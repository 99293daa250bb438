/**
 * The charts load on first use: recharts and its d3 parts stay out of the bundle every other
 * screen waits for. The build precaches every chunk, so they load offline too.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const Charts = {
  CategoryChart: lazy(() => import('./ForecastChart.tsx').then((module) => ({ default: module.CategoryChart }))),
  RepChart: lazy(() => import('./ForecastChart.tsx').then((module) => ({ default: module.RepChart }))),
};

type CategoryChartProps = ComponentProps<typeof Charts.CategoryChart>;
type RepChartProps = ComponentProps<typeof Charts.RepChart>;

const drawing = <p className="muted">Drawing the chart…</p>;

export function CategoryChart(props: CategoryChartProps) {
  return (
    <Suspense fallback={drawing}>
      <Charts.CategoryChart {...props} />
    </Suspense>
  );
}

export function RepChart(props: RepChartProps) {
  return (
    <Suspense fallback={drawing}>
      <Charts.RepChart {...props} />
    </Suspense>
  );
}
