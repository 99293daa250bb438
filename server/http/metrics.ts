/** Prometheus metrics of one server instance (its own registry, so tests can run several). */
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route'>;
  pushed: Counter<'collection'>;
  pulled: Counter<'collection'>;
  conflicts: Counter<'collection'>;
  streams: Gauge;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({ name: 'fieldcase_http_requests_total', help: 'HTTP requests', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    duration: new Histogram({
      name: 'fieldcase_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    pushed: new Counter({ name: 'fieldcase_sync_documents_pushed_total', help: 'Documents accepted from pushes', labelNames: ['collection'], registers: [registry] }),
    pulled: new Counter({ name: 'fieldcase_sync_documents_pulled_total', help: 'Documents sent by pulls', labelNames: ['collection'], registers: [registry] }),
    conflicts: new Counter({ name: 'fieldcase_sync_conflicts_total', help: 'Pushed rows answered with a conflict', labelNames: ['collection'], registers: [registry] }),
    streams: new Gauge({ name: 'fieldcase_sync_streams_open', help: 'Open live change streams', registers: [registry] }),
  };
}

export function registerMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
