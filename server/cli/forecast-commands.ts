/**
 * `forecast show` and `forecast set-probabilities STAGE=VALUE…`: the stage probabilities the
 * forecast weights deals by. The app fetches them after each sync and keeps them for offline.
 */
import { OPPORTUNITY_STAGES } from '../../shared/schemas/index.ts';
import { parseStageProbabilityPairs } from '../../shared/domain/stage-probabilities.ts';
import type { ForecastSettings } from '../../shared/sync/protocol.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './cli-errors.ts';
import { formatTable, formatUtcMinute } from './text-format.ts';

/** 0.25 → "25%", 0.125 → "12.5%": as many decimals as the setting has, no float noise. */
function percent(probability: number): string {
  return `${Number((probability * 100).toFixed(4))}%`;
}

export function formatForecastSettings(settings: ForecastSettings): string {
  const rows = OPPORTUNITY_STAGES.map((stage) => [stage, String(settings.stageProbabilities[stage]), percent(settings.stageProbabilities[stage])]);
  const origin = settings.updatedAt === null ? 'The defaults: no admin has set them yet.' : `Last set ${formatUtcMinute(settings.updatedAt)}.`;
  return `${formatTable(['STAGE', 'PROBABILITY', 'AS %'], rows)}\n${origin}\n`;
}

export async function showForecastCommand(store: Store): Promise<string> {
  return formatForecastSettings(await store.getForecastSettings());
}

export async function setProbabilitiesCommand(store: Store, pairs: readonly string[], now: number): Promise<string> {
  const parsed = parseStageProbabilityPairs(pairs);
  if (!parsed.ok) throw new CliError(`nothing was changed:\n${parsed.errors.map((error) => `  ${error}`).join('\n')}`);
  const settings = await store.setStageProbabilities(parsed.value, now);
  const changed = Object.keys(parsed.value).join(', ');
  return `Set ${changed}. Every laptop picks the new values up after its next sync.\n${formatForecastSettings(settings)}`;
}
