/**
 * The one live connection to the server: every replicated collection's changes over one
 * event stream (browsers allow six connections per server; pushes and pulls need the rest).
 * It reconnects by itself with jittered back-off; each (re)connect starts with RESYNC, which
 * tells every replication to pull what it may have missed while disconnected.
 */
import type { CollectionName } from '../../shared/schemas/index.ts';
import type { PullResponse } from '../../shared/sync/protocol.ts';
import { nextDelay } from './backoff.ts';
import type { Transport } from './transport.ts';

export interface LiveStreamHandlers {
  onChanges(collection: CollectionName, event: PullResponse): void;
  onResync(): void;
  onConnectionChange(isConnected: boolean): void;
}

export interface LiveStream {
  /** Reconnect at once if disconnected (Sync now, back online, woke from sleep). */
  reconnectNow(): void;
  stop(): void;
}

export function connectLiveStream(transport: Transport, collections: CollectionName[], handlers: LiveStreamHandlers): LiveStream {
  let close: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let isStopped = false;

  const connect = () => {
    retryTimer = null;
    if (isStopped || close) return;
    close = transport.streamAll(collections, {
      onEvent(event) {
        if (event === 'RESYNC') {
          failures = 0;
          handlers.onConnectionChange(true);
          handlers.onResync();
        } else {
          handlers.onChanges(event.collection, event.event);
        }
      },
      onClose() {
        close = null;
        handlers.onConnectionChange(false);
        if (isStopped) return;
        failures += 1;
        retryTimer = setTimeout(connect, nextDelay(failures));
      },
    });
  };
  connect();

  return {
    reconnectNow() {
      if (retryTimer) clearTimeout(retryTimer);
      failures = 0;
      connect();
    },
    stop() {
      isStopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      close?.();
      close = null;
    },
  };
}
