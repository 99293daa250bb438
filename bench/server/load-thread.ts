/**
 * The main thread's handle on the load thread (load-worker.ts): sends a scenario, awaits its
 * figures with a deadline, and terminates the thread, which closes every client socket, even
 * when a scenario hangs or fails.
 */
import { Worker } from 'node:worker_threads';
import type { PullFigures, PullPlan, PushFigures, PushPlan } from './scenarios.ts';
import type { StreamFigures, StreamPlan } from './stream-scenario.ts';

export type LoadRequest = { kind: 'push'; plan: PushPlan } | { kind: 'pull'; plan: PullPlan } | { kind: 'stream'; plan: StreamPlan };

interface LoadResults {
  push: PushFigures;
  pull: PullFigures;
  stream: StreamFigures;
}

export interface LoadMessage {
  id: number;
  request: LoadRequest;
}

/** `busy`: the load thread's event loop utilization during the scenario, 0 to 1. */
export type LoadAnswer = { id: number; ok: true; result: unknown; busy: number } | { id: number; ok: false; error: string };

export interface Measured<T> {
  figures: T;
  clientBusy: number;
}

export interface LoadThread {
  run<K extends LoadRequest['kind']>(request: Extract<LoadRequest, { kind: K }>, timeoutMs: number): Promise<Measured<LoadResults[K]>>;
  stop(): Promise<void>;
}

interface Pending {
  resolve(answer: { result: unknown; busy: number }): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export function startLoadThread(): LoadThread {
  // A worker does not inherit tsx's loader hooks: the boot script registers them for the entry.
  const entry = new URL('./load-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}));`;
  const worker = new Worker(boot, { eval: true });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let failure: Error | null = null;

  const failAll = (error: Error) => {
    failure ??= error;
    for (const call of pending.values()) {
      clearTimeout(call.timer);
      call.reject(error);
    }
    pending.clear();
  };
  worker.on('message', (answer: LoadAnswer) => {
    const call = pending.get(answer.id);
    if (!call) return;
    pending.delete(answer.id);
    clearTimeout(call.timer);
    if (answer.ok) call.resolve(answer);
    else call.reject(new Error(`load thread: ${answer.error}`));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the load thread exited (code ${code})`)));

  return {
    run<K extends LoadRequest['kind']>(request: Extract<LoadRequest, { kind: K }>, timeoutMs: number) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<Measured<LoadResults[K]>>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`the ${request.kind} scenario took longer than ${timeoutMs / 1000} s`));
        }, timeoutMs);
        const settle = ({ result, busy }: { result: unknown; busy: number }) =>
          resolve({ figures: result as LoadResults[K], clientBusy: busy });
        pending.set(id, { resolve: settle, reject, timer });
        worker.postMessage({ id, request } satisfies LoadMessage);
      });
    },
    async stop() {
      failAll(new Error('the load thread was stopped'));
      await worker.terminate();
    },
  };
}
