/**
 * The only code that talks to the sync server over the network: JSON requests with the bearer
 * token, and the live change stream read from a fetch body (EventSource cannot send an
 * Authorization header, and a token in the URL would end up in logs).
 */
import type { CollectionName } from '../../shared/schemas/index.ts';
import {
  API_PREFIX,
  type ApiError,
  type CollectionCheckpoints,
  type CombinedStreamEvent,
  type CountsResponse,
  type ForecastSettings,
  type HealthResponse,
  type LoginResponse,
  type PullResponse,
  type PushRow,
  type StreamEvent,
  type SyncCheckpoint,
  type TeamResponse,
  type WireDocument,
} from '../../shared/sync/protocol.ts';
import { pushBodies } from './push-bodies.ts';

/** An answer from the server that is not a success, with its error code. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }

  get isAuthError(): boolean {
    return this.status === 401;
  }
}

export interface StreamHandlers<D = WireDocument> {
  onEvent(event: StreamEvent<D>): void;
  /** The stream ended: closed by the server or the network, or refused (with the error). */
  onClose(error?: unknown): void;
}

export interface CombinedStreamHandlers {
  onEvent(event: CombinedStreamEvent): void;
  onClose(error?: unknown): void;
}

export interface Transport {
  readonly baseUrl: string;
  login(email: string, password: string): Promise<LoginResponse>;
  health(timeoutMs?: number): Promise<boolean>;
  /** The server's health answer, with the schema versions it holds; null when unreachable. */
  serverInfo(timeoutMs?: number): Promise<HealthResponse | null>;
  /**
   * `priority`: 'high' for a page known to hold changes (the page before it was full), which a
   * catch-up waits on; the browser gives it the next free connection to the server first.
   */
  pull<C extends CollectionName>(collection: C, checkpoint: SyncCheckpoint | null, limit: number, priority?: RequestPriority): Promise<PullResponse<WireDocument<C>>>;
  /** How many changes after each collection's checkpoint the server holds for this user (first-sync progress), in one request. */
  countChanges(checkpoints: CollectionCheckpoints): Promise<CountsResponse['counts']>;
  push<C extends CollectionName>(collection: C, rows: PushRow<WireDocument<C>>[]): Promise<WireDocument<C>[]>;
  /** Opens one collection's live stream; the returned function closes it. */
  stream<C extends CollectionName>(collection: C, handlers: StreamHandlers<WireDocument<C>>): () => void;
  /** Opens the combined live stream of several collections over one connection. */
  streamAll(collections: CollectionName[], handlers: CombinedStreamHandlers): () => void;
}

export interface TransportOptions {
  baseUrl: string;
  getToken(): string | null;
  fetch?: typeof fetch;
}

/** Accepts http(s) server addresses only, without credentials, and drops any trailing slash. */
export function normalizeServerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error('The server address is not a web address (for example https://sync.example.com).');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('The server address must start with https:// or http://.');
  if (url.username || url.password) throw new Error('The server address must not contain a user name or password.');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

async function errorOf(response: Response): Promise<SyncHttpError> {
  let body: Partial<ApiError> = {};
  try {
    body = (await response.json()) as Partial<ApiError>;
  } catch {
    // Not our server's JSON (a proxy's page, say): the status says enough.
  }
  return new SyncHttpError(response.status, body.error ?? `http_${response.status}`, body.message ?? `The server answered ${response.status}.`);
}

/** Splits a text/event-stream into events, keeping partial data between chunks. */
export function createEventParser(onData: (data: string) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk.replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
        .join('\n');
      if (data !== '') onData(data);
    }
  };
}

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = normalizeServerUrl(options.baseUrl);
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  const headers = (json: boolean): Record<string, string> => {
    const token = options.getToken();
    return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(json ? { 'content-type': 'application/json' } : {}) };
  };

  /** Reads a server-sent event stream at `path`, parsing each event's data as JSON. */
  function openStream<E>(path: string, handlers: { onEvent(event: E): void; onClose(error?: unknown): void }): () => void {
    const controller = new AbortController();
    let isClosed = false;
    const finish = (error?: unknown) => {
      if (isClosed) return;
      isClosed = true;
      handlers.onClose(error);
    };
    const parse = createEventParser((data) => {
      try {
        handlers.onEvent(JSON.parse(data) as E);
      } catch (error) {
        controller.abort();
        finish(error);
      }
    });
    (async () => {
      const response = await doFetch(`${baseUrl}${API_PREFIX}${path}`, { headers: headers(false), signal: controller.signal });
      if (!response.ok || !response.body) throw await errorOf(response);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parse(value);
      }
    })().then(
      () => finish(),
      (error: unknown) => finish(controller.signal.aborted ? undefined : error),
    );
    return () => {
      isClosed = true;
      controller.abort();
    };
  }

  async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await doFetch(`${baseUrl}${API_PREFIX}${path}`, init);
    if (!response.ok) throw await errorOf(response);
    return (await response.json()) as T;
  }

  return {
    baseUrl,

    login: (email, password) =>
      request<LoginResponse>('/auth/login', { method: 'POST', headers: headers(true), body: JSON.stringify({ email, password }) }),

    async health(timeoutMs = 3_000) {
      try {
        const response = await doFetch(`${baseUrl}${API_PREFIX}/health`, { signal: AbortSignal.timeout(timeoutMs) });
        return response.ok;
      } catch {
        return false;
      }
    },

    async serverInfo(timeoutMs = 5_000) {
      try {
        const response = await doFetch(`${baseUrl}${API_PREFIX}/health`, { signal: AbortSignal.timeout(timeoutMs) });
        return response.ok ? ((await response.json()) as HealthResponse) : null;
      } catch {
        return null;
      }
    },

    pull<C extends CollectionName>(collection: C, checkpoint: SyncCheckpoint | null, limit: number, priority: RequestPriority = 'auto') {
      const query = new URLSearchParams({ checkpoint: JSON.stringify(checkpoint), limit: String(limit) });
      return request<PullResponse<WireDocument<C>>>(`/sync/${collection}/pull?${query}`, { headers: headers(false), priority });
    },

    async countChanges(checkpoints) {
      const query = new URLSearchParams({ checkpoints: JSON.stringify(checkpoints) });
      // Only for the progress bar: the pulls go first.
      return (await request<CountsResponse>(`/sync/counts?${query}`, { headers: headers(false), priority: 'low' })).counts;
    },

    async push<C extends CollectionName>(collection: C, rows: PushRow<WireDocument<C>>[]) {
      // Within the server's body limit: long notes go in several requests, one after another.
      const conflicts: WireDocument<C>[] = [];
      for (const body of pushBodies(rows)) {
        conflicts.push(...(await request<WireDocument<C>[]>(`/sync/${collection}/push`, { method: 'POST', headers: headers(true), body })));
      }
      return conflicts;
    },

    stream<C extends CollectionName>(collection: C, handlers: StreamHandlers<WireDocument<C>>) {
      return openStream(`/sync/${collection}/stream`, handlers);
    },

    streamAll(collections, handlers) {
      return openStream(`/sync/stream?${new URLSearchParams({ collections: collections.join(',') })}`, handlers);
    },
  };
}

/** The reads beside sync (renderer/features/team): what the app keeps for offline use. */
export interface SettingsClient {
  forecastSettings(): Promise<ForecastSettings>;
  /** Managers and admins only; a SyncHttpError 403 for anyone else. */
  team(): Promise<TeamResponse>;
}

/** Kept apart from Transport so that the replication's fakes need not grow with it. */
export function createSettingsClient(options: TransportOptions): SettingsClient {
  const baseUrl = normalizeServerUrl(options.baseUrl);
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const get = async <T>(path: string): Promise<T> => {
    const token = options.getToken();
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const init: RequestInit = { headers, signal: AbortSignal.timeout(15_000) };
    const response = await doFetch(`${baseUrl}${API_PREFIX}${path}`, init);
    if (!response.ok) throw await errorOf(response);
    return (await response.json()) as T;
  };
  return { forecastSettings: () => get('/forecast/settings'), team: () => get('/team') };
}
