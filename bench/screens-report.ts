/** The before-the-call screens' lines of the printed report. Printing only: figures are never asserted. */
import type { ColdOpen } from './browser.ts';
import type { ScreenTimings } from './screens.ts';
import { percentile } from './search-report.ts';

type Measure<R> = [label: string, pick: (round: R) => number];

interface ScreenRound {
  todayOpen: ColdOpen;
  screens: ScreenTimings;
}

const switchTimes = (r: ScreenRound) => r.screens.switches.map((s) => s.ms);

export function screenMeasures<R extends ScreenRound>(): Measure<R>[] {
  return [
    ['COLD OPEN #/today to the week’s meetings (goal < 1,000)', (r) => r.todayOpen.ms],
    ['BRIEF Prepare → brief rendered, median (goal < 100)', (r) => percentile(r.screens.briefMs, 0.5)],
    ['BRIEF Prepare → brief rendered, max', (r) => Math.max(...r.screens.briefMs)],
    ['SWITCH screens, p50 (goal < 100)', (r) => percentile(switchTimes(r), 0.5)],
    ['SWITCH screens, p95', (r) => percentile(switchTimes(r), 0.95)],
  ];
}

export function screenDetails(rounds: readonly ScreenRound[]): string[] {
  const first = rounds[0];
  if (!first) return [];
  const slowest = new Map<string, number>();
  for (const round of rounds) for (const { screen, ms } of round.screens.switches) slowest.set(screen, Math.max(slowest.get(screen) ?? 0, ms));
  return [
    `Today at cold open listed ${rounds.map((r) => r.todayOpen.links).join(', ')} meetings; ${first.screens.briefMs.length} briefs and ${first.screens.switches.length} screen switches per round ` +
      '(from the click to the frame showing the screen with nothing left loading, in the page).',
    `Slowest switch per screen (ms): ${[...slowest].map(([screen, ms]) => `${screen} ${ms.toFixed(0)}`).join(', ')}`,
  ];
}
