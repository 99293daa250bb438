/**
 * Builds the HTTP server over a store. Routes under /api/v1 need a bearer token except health
 * and login; every request is rate-limited per token (or per address before sign-in) and
 * every answer, errors included, is JSON in one shape.
 */
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { createServer } from 'node:http';
import { createDocumentValidator } from '../../shared/schemas/validator.ts';
import { COLLECTION_NAMES, SCHEMAS } from '../../shared/schemas/index.ts';
import { SYNC_LIMITS, type HealthResponse } from '../../shared/sync/protocol.ts';
import { hashToken } from '../auth/tokens.ts';
import type { Store } from '../store/store.ts';
import { StreamHub } from '../sync/stream-hub.ts';
import { registerAuthRoutes } from './auth-routes.ts';
import { authenticate, bearerToken } from './authenticate.ts';
import { DEFAULT_ALLOWED_ORIGINS, registerCors, type OriginRule } from './cors.ts';
import { installErrorHandling } from './error-handler.ts';
import { registerFeedbackRoutes } from './feedback-routes.ts';
import { registerFileRoutes } from './files-routes.ts';
import { registerForecastRoutes } from './forecast-routes.ts';
import { createMetrics, registerMetrics } from './metrics.ts';
import { registerSyncRoutes } from './sync-routes.ts';
import { registerTeamRoutes } from './team-routes.ts';

export interface ServerOptions {
  store: Store;
  tokenTtlMs?: number;
  /** Requests per minute per token (or per address without one). */
  rateLimitPerMinute?: number;
  /** Sign-in attempts per minute per address. */
  loginsPerMinute?: number;
  /** How long a request may take to arrive whole (slow or stalled senders are cut off). */
  requestTimeoutMs?: number;
  /** Origins whose pages may call the API (CORS); defaults to the app's own. */
  allowedOrigins?: OriginRule[];
  logger?: FastifyServerOptions['logger'];
}

const PUBLIC_ROUTES = new Set(['/api/v1/health', '/api/v1/auth/login']);

export interface FieldcaseServer {
  app: FastifyInstance;
  hub: StreamHub;
}

export async function buildServer(options: ServerOptions): Promise<FieldcaseServer> {
  const { store } = options;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: SYNC_LIMITS.maxBodyBytes,
    // A request must arrive whole in time (408 otherwise); responses, such as live streams, are
    // not limited by it. Node checks at an interval, so the interval follows the time-out.
    serverFactory: (handler) =>
      createServer(
        {
          requestTimeout,
          headersTimeout: Math.min(requestTimeout, 20_000),
          connectionsCheckingInterval: Math.max(100, Math.min(requestTimeout / 4, 5_000)),
          keepAliveTimeout: 65_000,
        },
        handler,
      ),
    return503OnClosing: true,
    // A shutdown cuts every connection instead of waiting on clients' keep-alive sockets: a cut
    // push either committed whole or not at all, and clients retry (a retried push is harmless).
    forceCloseConnections: true,
  });
  const metrics = createMetrics();
  const hub = new StreamHub(store, (error) => app.log.error({ err: error }, 'stream fan-out failed'));
  await hub.start();
  // Before the server waits for connections to finish: live streams never finish by themselves.
  app.addHook('preClose', async () => hub.stop());

  installErrorHandling(app);
  registerCors(app, options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS);
  registerMetrics(app, metrics);
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? 1_200,
    timeWindow: '1 minute',
    keyGenerator: (request) => {
      const token = bearerToken(request);
      return token ? `token:${hashToken(token)}` : `ip:${request.ip}`;
    },
  });

  app.decorateRequest('user', null);
  // onRequest: an unauthenticated request is refused before its body is even read.
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/v1/') || PUBLIC_ROUTES.has(route)) return;
    request.user = await authenticate(store, request);
  });

  const schemas = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, SCHEMAS[name].version])) as HealthResponse['schemas'];
  app.get('/api/v1/health', async (): Promise<HealthResponse> => ({ status: 'ok', store: store.kind, schemas }));
  registerAuthRoutes(app, store, options.tokenTtlMs ?? 30 * 24 * 60 * 60 * 1000, options.loginsPerMinute);
  registerSyncRoutes(app, { store, validator: createDocumentValidator(), hub, metrics });
  registerFileRoutes(app, store);
  registerFeedbackRoutes(app, { store, validator: createDocumentValidator() });
  registerForecastRoutes(app, { store });
  registerTeamRoutes(app, store);
  return { app, hub };
}
