/**
 * Live delivery latency: many open streams held by managers (each sees every note), and one
 * rep pushing single notes on a steady cadence. Every delivery of every note to every stream
 * is timed from just before its push was sent to the arrival of the chunk that carried it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import type { PushResponse } from '../../shared/sync/protocol.ts';
import { keepAliveAgent, openEventStream, requestJson, type EventHandler, type EventStream } from './client.ts';
import { PUSH_PATH, callNote, pushBody, type Signed } from './scenarios.ts';
import { spread, type Spread } from './stats.ts';

const STREAM_PATH = '/api/v1/sync/call_notes/stream';
const READY_TIMEOUT_MS = 15_000;

export interface StreamPlan {
  base: string;
  pusher: Signed;
  /** Manager tokens; the streams are spread over them in turn. */
  readerTokens: string[];
  streams: number;
  pushes: number;
  intervalMs: number;
  /** How long to wait for outstanding deliveries after the last push. */
  settleMs: number;
  idPrefix: string;
}

export interface StreamFigures {
  streams: number;
  expected: number;
  received: number;
  droppedStreams: number;
  latencyMs: Spread;
  /** The single-note pushes themselves, request to answer: the part of a delivery before fan-out. */
  pushMs: Spread;
}

function signal(): { promise: Promise<void>; fire: () => void } {
  let fire = () => {};
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

/** Resolves true when `promise` settles first, false when `ms` pass first. */
async function within(promise: Promise<void>, ms: number): Promise<boolean> {
  const controller = new AbortController();
  const outcome = await Promise.race([promise.then(() => true), sleep(ms, false, { signal: controller.signal })]);
  controller.abort();
  return outcome;
}

export async function runStream(plan: StreamPlan): Promise<StreamFigures> {
  const { base, pusher, readerTokens, streams: count, pushes, intervalMs, settleMs, idPrefix } = plan;
  const expected = pushes * count;
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const pushMs: number[] = [];
  const ready = signal();
  const delivered = signal();
  let resyncs = 0;

  const onEvent: EventHandler = (event, receivedAt) => {
    if (event === 'RESYNC') {
      resyncs += 1;
      if (resyncs === count) ready.fire();
      return;
    }
    for (const doc of event.documents) {
      const sent = sentAt.get(doc.id);
      // Notes from earlier scenarios are not part of this measurement.
      if (sent === undefined) continue;
      latencies.push(receivedAt - sent);
      if (latencies.length === expected) delivered.fire();
    }
  };

  const streams: EventStream[] = [];
  const agent = keepAliveAgent(1);
  try {
    // One at a time, so that every opened stream is in `streams` and closed below whatever fails.
    for (let i = 0; i < count; i += 1) {
      const token = readerTokens[i % readerTokens.length] ?? '';
      streams.push(await openEventStream(base + STREAM_PATH, token, onEvent));
    }
    if (!(await within(ready.promise, READY_TIMEOUT_MS))) {
      throw new Error(`only ${resyncs} of ${count} streams sent their first event (RESYNC)`);
    }
    const started = performance.now();
    for (let i = 0; i < pushes; i += 1) {
      const id = `${idPrefix}-${i}`;
      const body = pushBody([callNote(pusher.id, id, i, `Live note ${i}.`)]);
      const sent = performance.now();
      sentAt.set(id, sent);
      await requestJson<PushResponse>({ agent, method: 'POST', url: base + PUSH_PATH, token: pusher.token, body });
      pushMs.push(performance.now() - sent);
      // A steady cadence: a slow push shortens the next pause instead of shifting every later one.
      const pause = started + (i + 1) * intervalMs - performance.now();
      if (pause > 0) await sleep(pause);
    }
    // Missing deliveries are a figure, not a failure: the report shows expected against received.
    await within(delivered.promise, settleMs);
    return {
      streams: count,
      expected,
      received: latencies.length,
      droppedStreams: streams.filter((stream) => stream.isDropped).length,
      latencyMs: spread(latencies),
      pushMs: spread(pushMs),
    };
  } finally {
    for (const stream of streams) stream.close();
    agent.destroy();
  }
}
