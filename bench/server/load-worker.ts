/**
 * Entry of the load thread: runs the scenario each message asks for and answers with its
 * figures or its error. The clients live here, on their own event loop, so that building
 * requests and parsing answers does not queue behind the server's work on the main thread.
 */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import type { LoadAnswer, LoadMessage } from './load-thread.ts';
import { runPull, runPush } from './scenarios.ts';
import { runStream } from './stream-scenario.ts';

async function run(message: LoadMessage): Promise<unknown> {
  switch (message.request.kind) {
    case 'push':
      return runPush(message.request.plan);
    case 'pull':
      return runPull(message.request.plan);
    case 'stream':
      return runStream(message.request.plan);
  }
}

const port = parentPort;
if (!port) throw new Error('load-worker.ts runs as a worker thread of bench/server/run.ts');

port.on('message', (message: LoadMessage) => {
  const before = performance.eventLoopUtilization();
  run(message).then(
    (result) => {
      const busy = performance.eventLoopUtilization(before).utilization;
      port.postMessage({ id: message.id, ok: true, result, busy } satisfies LoadAnswer);
    },
    (error: unknown) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      port.postMessage({ id: message.id, ok: false, error: text } satisfies LoadAnswer);
    },
  );
});
