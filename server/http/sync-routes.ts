import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { COLLECTION_NAMES, isCollectionName, type CollectionName } from '../../shared/schemas/index.ts';
import type { DocumentValidator } from '../../shared/schemas/validator.ts';
import { SYNC_LIMITS, parseCheckpoint, parseCheckpoints, type CountsResponse, type SyncCheckpoint, type WireDocument } from '../../shared/sync/protocol.ts';
import { badRequest, notFound } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { countChanges, pullChanges } from '../sync/pull.ts';
import { pushBatch } from '../sync/push.ts';
import type { StreamHub } from '../sync/stream-hub.ts';
import { requireUser } from './authenticate.ts';
import type { Metrics } from './metrics.ts';
import { openEventStream } from './event-stream.ts';

interface CollectionParams {
  collection: string;
}

function collectionOf(request: FastifyRequest<{ Params: CollectionParams }>): CollectionName {
  const { collection } = request.params;
  if (!isCollectionName(collection)) throw notFound(`There is no collection "${collection}".`);
  return collection;
}

/** `collections=a,b` for the combined stream; every collection when absent. */
function parseCollections(raw: string | undefined): CollectionName[] {
  if (raw === undefined || raw === '') return [...COLLECTION_NAMES];
  const names = [...new Set(raw.split(','))];
  const unknown = names.filter((name) => !isCollectionName(name));
  if (unknown.length > 0) throw notFound(`There is no collection "${unknown[0]}".`);
  return names as CollectionName[];
}

function parseLimit(raw: unknown): number {
  if (raw === undefined) return SYNC_LIMITS.defaultPullLimit;
  const limit = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(limit) || limit < 1 || limit > SYNC_LIMITS.maxPullLimit) {
    throw badRequest(`limit must be a whole number from 1 to ${SYNC_LIMITS.maxPullLimit}`);
  }
  return limit;
}

export interface SyncDeps {
  store: Store;
  validator: DocumentValidator;
  hub: StreamHub;
  metrics: Metrics;
}

export function registerSyncRoutes(app: FastifyInstance, { store, validator, hub, metrics }: SyncDeps): void {
  app.get<{ Params: CollectionParams; Querystring: Record<string, string | undefined> }>(
    '/api/v1/sync/:collection/pull',
    async (request, reply) => {
      const collection = collectionOf(request);
      const checkpoint = parseCheckpoint(request.query['checkpoint']);
      if (!checkpoint.ok) throw badRequest(checkpoint.message);
      const answer = await pullChanges(store, requireUser(request), collection, checkpoint.value, parseLimit(request.query['limit']));
      metrics.pulled.inc({ collection }, answer.count);
      // Already a PullResponse in JSON: sent as it is, not serialized again.
      return reply.type('application/json; charset=utf-8').send(answer.json);
    },
  );

  // How much each collection still holds for the caller: a first sync's progress total, asked
  // for every collection in one request so it does not hold up the first pulls.
  app.get<{ Querystring: Record<string, string | undefined> }>('/api/v1/sync/counts', async (request): Promise<CountsResponse> => {
    const user = requireUser(request);
    const checkpoints = parseCheckpoints(request.query['checkpoints']);
    if (!checkpoints.ok) throw badRequest(checkpoints.message);
    const counts: CountsResponse['counts'] = {};
    for (const [collection, checkpoint] of Object.entries(checkpoints.value) as [CollectionName, SyncCheckpoint | null][]) {
      counts[collection] = await countChanges(store, user, collection, checkpoint);
    }
    return { counts };
  });

  app.post<{ Params: CollectionParams }>(
    '/api/v1/sync/:collection/push',
    { bodyLimit: SYNC_LIMITS.maxBodyBytes },
    async (request): Promise<WireDocument[]> => {
      const collection = collectionOf(request);
      const rows = Array.isArray(request.body) ? request.body.length : 0;
      const conflicts = await pushBatch(store, validator, requireUser(request), collection, request.body);
      metrics.pushed.inc({ collection }, rows - conflicts.length);
      metrics.conflicts.inc({ collection }, conflicts.length);
      return conflicts;
    },
  );

  app.get<{ Params: CollectionParams }>('/api/v1/sync/:collection/stream', (request, reply: FastifyReply) => {
    const collection = collectionOf(request);
    const user = requireUser(request);
    openEventStream(request, reply, hub, { user, collections: [collection], combined: false }, metrics);
  });

  app.get<{ Querystring: Record<string, string | undefined> }>('/api/v1/sync/stream', (request, reply: FastifyReply) => {
    const user = requireUser(request);
    openEventStream(request, reply, hub, { user, collections: parseCollections(request.query['collections']), combined: true }, metrics);
  });
}
