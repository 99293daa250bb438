/**
 * The forecast's stage probabilities, set by an admin and read by every signed-in user's app
 * (which keeps the last answer for offline use).
 *
 *   GET /api/v1/forecast/settings   → 200 ForecastSettings
 *   PUT /api/v1/forecast/settings   { "stageProbabilities": { "demo": 0.3 } }   (admins only)
 *   → 200 ForecastSettings as now stored; stages left out keep their value
 */
import type { FastifyInstance } from 'fastify';
import { validateStageProbabilities } from '../../shared/domain/stage-probabilities.ts';
import type { ForecastSettings } from '../../shared/sync/protocol.ts';
import { badRequest, forbidden } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { requireUser } from './authenticate.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function registerForecastRoutes(app: FastifyInstance, deps: { store: Store; now?: () => number }): void {
  const now = deps.now ?? Date.now;

  app.get('/api/v1/forecast/settings', async (request): Promise<ForecastSettings> => {
    requireUser(request);
    return deps.store.getForecastSettings();
  });

  app.put('/api/v1/forecast/settings', { bodyLimit: 16 * 1024 }, async (request): Promise<ForecastSettings> => {
    const user = requireUser(request);
    if (user.role !== 'admin') throw forbidden('Only admins set the forecast’s stage probabilities.');
    const body = request.body;
    if (!isRecord(body)) throw badRequest('the body is a JSON object: { "stageProbabilities": { "demo": 0.3, … } }');
    const unknown = Object.keys(body).filter((key) => key !== 'stageProbabilities');
    if (unknown.length > 0) throw badRequest(`unknown field ${unknown[0]}: only stageProbabilities can be set`);
    const checked = validateStageProbabilities(body['stageProbabilities'], { isPartial: true });
    if (!checked.ok) throw badRequest(checked.errors.join('; '), { errors: checked.errors });
    if (Object.keys(checked.value).length === 0) throw badRequest('stageProbabilities names no stage: nothing to set');
    return deps.store.setStageProbabilities(checked.value, now());
  });
}
