/**
 * The bench's HTTP side: JSON requests over keep-alive connections and a reader of server-sent
 * events, on node:http so that connection reuse and socket counts are explicit (one socket per
 * concurrent client, one per open stream).
 */
import { Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { StreamEvent } from '../../shared/sync/protocol.ts';
import { createEventParser } from '../../renderer/sync/transport.ts';

const REQUEST_TIMEOUT_MS = 30_000;

export function keepAliveAgent(maxSockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets });
}

export interface JsonRequest {
  agent: Agent;
  method: 'GET' | 'POST';
  url: string;
  token?: string;
  /** Already serialized, so that building the body is not timed as part of the request. */
  body?: string | Buffer;
}

function readText(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
  });
}

/** Sends one request and parses the JSON answer; anything but 200 is an error. */
export function requestJson<T>({ agent, method, url, token, body }: JsonRequest): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  return new Promise<T>((resolve, reject) => {
    const request = httpRequest(url, { method, headers, agent }, (response) => {
      readText(response).then((text) => {
        if (response.statusCode !== 200) {
          reject(new Error(`${method} ${new URL(url).pathname} answered ${response.statusCode}: ${text.slice(0, 300)}`));
          return;
        }
        try {
          resolve(JSON.parse(text) as T);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, reject);
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error(`${method} ${url} timed out`)));
    request.on('error', reject);
    request.end(body);
  });
}

export interface EventStream {
  /** True once the server or the network ended the stream (not when we closed it). */
  readonly isDropped: boolean;
  close(): void;
}

/** `receivedAt` is performance.now() when the chunk holding the event arrived, before parsing. */
export type EventHandler = (event: StreamEvent, receivedAt: number) => void;

/** Splits a text/event-stream into events (the app's own parser), stamping each chunk's arrival. */
function eventParser(onEvent: EventHandler): (chunk: string) => void {
  let receivedAt = 0;
  // Comments (heartbeats) and `retry:` blocks carry no data, so never reach onEvent.
  const parse = createEventParser((data) => onEvent(JSON.parse(data) as StreamEvent, receivedAt));
  return (chunk) => {
    receivedAt = performance.now();
    parse(chunk);
  };
}

/** Opens a live stream on its own socket; resolves once the server has answered 200. */
export function openEventStream(url: string, token: string, onEvent: EventHandler): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    let isClosing = false;
    let isDropped = false;
    const request = httpRequest(
      url,
      { headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` }, agent: false },
      (response) => {
        if (response.statusCode !== 200) {
          readText(response).then(
            (text) => reject(new Error(`stream answered ${response.statusCode}: ${text.slice(0, 300)}`)),
            reject,
          );
          return;
        }
        response.setEncoding('utf8');
        response.on('data', eventParser(onEvent));
        const drop = () => {
          if (!isClosing) isDropped = true;
        };
        response.on('end', drop);
        response.on('error', drop);
        resolve({
          get isDropped() {
            return isDropped;
          },
          close() {
            isClosing = true;
            request.destroy();
          },
        });
      },
    );
    request.on('error', (error) => {
      if (!isClosing) isDropped = true;
      reject(error);
    });
    request.end();
  });
}
