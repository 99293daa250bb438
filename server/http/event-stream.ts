/**
 * Server-sent events for one client: one collection, or several combined on one connection. The first event is "RESYNC": the
 * client pulls from its checkpoint, covering whatever changed between its last pull and this
 * connection. Heartbeat comments keep proxies and idle timers from closing a quiet stream. A
 * client too slow to read is disconnected rather than buffered without bound; it reconnects
 * and resyncs.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CollectionName } from '../../shared/schemas/index.ts';
import type { SessionUser, StreamEvent } from '../../shared/sync/protocol.ts';
import type { StreamHub } from '../sync/stream-hub.ts';
import type { Metrics } from './metrics.ts';

export const HEARTBEAT_MS = 15_000;
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  hub: StreamHub,
  target: { user: SessionUser; collections: CollectionName[]; combined: boolean },
  metrics: Metrics,
): void {
  // Headers set so far (CORS among them) must survive taking over the response.
  const earlier = Object.fromEntries(
    Object.entries(reply.getHeaders()).filter((entry): entry is [string, string | number | string[]] => entry[1] !== undefined),
  );
  reply.hijack();
  const socket = reply.raw;
  socket.writeHead(200, {
    ...earlier,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  const send = (json: string) => {
    if (socket.writableLength > MAX_BUFFERED_BYTES) {
      request.log.warn({ collections: target.collections }, 'stream client too slow; disconnecting');
      socket.destroy();
      return;
    }
    socket.write(`data: ${json}\n\n`);
  };

  socket.write('retry: 3000\n\n');
  let unsubscribers: (() => void)[] = [];
  let isClosed = false;
  const heartbeat = setInterval(() => socket.write(': heartbeat\n\n'), HEARTBEAT_MS);
  metrics.streams.inc();
  const close = () => {
    isClosed = true;
    clearInterval(heartbeat);
    for (const stop of unsubscribers) stop();
    metrics.streams.dec();
  };
  const subscriptions = target.collections.map((collection) =>
    hub.subscribe({
      user: target.user,
      collection,
      // The combined stream names the collection around the hub's (shared) serialized event.
      send: target.combined ? (json) => send(`{"collection":${JSON.stringify(collection)},"event":${json}}`) : send,
      close: () => socket.end(),
    }),
  );
  Promise.all(subscriptions).then(
    (stops) => {
      unsubscribers = stops;
      if (isClosed) return stops.forEach((stop) => stop());
      // Only now: a pull the client makes on this RESYNC covers all the hub will not send.
      send(JSON.stringify('RESYNC' satisfies StreamEvent));
    },
    (error: unknown) => {
      request.log.error({ err: error }, 'stream subscription failed');
      socket.destroy();
    },
  );
  // The response's close (not the request's, which fires once its body is read): the client went away.
  socket.once('close', close);
}
