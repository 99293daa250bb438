/**
 * A bare DevTools connection to Chromium over a pipe (--remote-debugging-pipe: we write to its
 * fd 3 and read its fd 4, NUL-separated JSON). No Playwright: its per-request network tracking
 * costs enough CPU on 2 cores to make live latency look several times worse, and both sides of
 * the sync comparison must be driven alike. Only what the bench needs: pages, navigation,
 * evaluation, network emulation (offline) and the browser's version.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS } from '../../tests/helpers/chromium.ts';

export const DRIVER = 'bare Chrome DevTools Protocol over --remote-debugging-pipe (no Playwright)';

interface Pending {
  resolve(result: Record<string, unknown>): void;
  reject(error: Error): void;
  method: string;
}

interface CdpMessage {
  id?: number;
  method?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface CdpPage {
  /** Evaluates an expression in the page, awaiting a promise, and returns its JSON value. */
  evaluate<T>(expression: string, timeoutMs?: number): Promise<T>;
  /** Loads `url` and waits until `readyExpression` is true in the page. */
  goto(url: string, readyExpression: string): Promise<void>;
  /** DevTools network emulation: offline fires the page's `offline` event and fails its requests. */
  setOffline(isOffline: boolean): Promise<void>;
  /** Any other DevTools command for this page (the profiler, say). */
  send(method: string, params?: object): Promise<Record<string, unknown>>;
}

export interface CdpBrowser {
  readonly version: string;
  readonly pid: number;
  newPage(): Promise<CdpPage>;
  close(): Promise<void>;
}

/** Splits the browser's output into messages: each ends with a NUL byte. */
export function createMessageSplitter(onMessage: (text: string) => void): (chunk: Buffer) => void {
  let pending: Buffer[] = [];
  return (chunk) => {
    let start = 0;
    let end: number;
    while ((end = chunk.indexOf(0, start)) >= 0) {
      pending.push(chunk.subarray(start, end));
      onMessage(Buffer.concat(pending).toString('utf8'));
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  };
}

function connect(child: ChildProcess) {
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed: Error | null = null;

  fromBrowser.on(
    'data',
    createMessageSplitter((text) => {
      const message = JSON.parse(text) as CdpMessage;
      if (message.id === undefined) return;
      const call = pending.get(message.id);
      if (!call) return;
      pending.delete(message.id);
      if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
      else call.resolve(message.result ?? {});
    }),
  );
  const failAll = (error: Error) => {
    closed ??= error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  child.once('exit', (code, signal) => failAll(new Error(`Chromium exited (${code ?? signal})`)));
  // Writing to a browser that just exited raises EPIPE here; the exit handler reports it.
  toBrowser.on('error', () => {});

  return function send(method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (closed) return Promise.reject(closed);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  };
}

async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A headless Chromium on its own profile folder: one browser process per laptop. */
export async function launchChromium(executable: string, userDataDir: string): Promise<CdpBrowser> {
  const child = spawn(executable, [...CHROMIUM_ARGS, '--headless', '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const send = connect(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { product } = (await within(send('Browser.getVersion'), 30_000, 'Starting Chromium')) as { product: string };

  const newPage = async (): Promise<CdpPage> => {
    const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const evaluate = async <T>(expression: string, timeoutMs = 120_000): Promise<T> => {
      const answer = await within(
        send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId),
        timeoutMs,
        `Evaluating ${expression.slice(0, 80)}`,
      );
      const details = answer['exceptionDetails'] as { exception?: { description?: string }; text?: string } | undefined;
      if (details) throw new Error(`In the page: ${details.exception?.description ?? details.text ?? 'an exception'}`);
      return (answer['result'] as { value: T }).value;
    };
    return {
      evaluate,
      async goto(url, readyExpression) {
        const navigated = (await send('Page.navigate', { url }, sessionId)) as { errorText?: string };
        if (navigated.errorText) throw new Error(`${url}: ${navigated.errorText}`);
        const deadline = Date.now() + 30_000;
        while (!(await evaluate<boolean>(`Boolean(${readyExpression})`).catch(() => false))) {
          if (Date.now() > deadline) throw new Error(`${url} never became ready (${readyExpression})`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      send: (method, params) => send(method, params, sessionId),
      async setOffline(isOffline) {
        // Emulated offline fails requests only while the Network domain is enabled (and its
        // per-request tracking is what this driver avoids): on for the offline spell only, and
        // off again before the page hears it is back online, so the reconnect runs untracked.
        if (isOffline) await send('Network.enable', {}, sessionId);
        else await send('Network.disable', {}, sessionId);
        await send('Network.emulateNetworkConditions', { offline: isOffline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }, sessionId);
      },
    };
  };

  return {
    version: product,
    pid: child.pid ?? -1,
    newPage,
    async close() {
      await send('Browser.close').catch(() => undefined);
      const isGone = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000))]);
      if (!isGone) child.kill('SIGKILL');
      await exited;
    },
  };
}
