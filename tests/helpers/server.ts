/**
 * A real Fieldcase server for integration tests: listening on 127.0.0.1 with a random port,
 * over whatever store the suite opens, with helpers to sign users in and read live streams.
 */
import { randomUUID } from 'node:crypto';
import { createEventParser } from '../../renderer/sync/transport.ts';
import { hashPassword } from '../../server/auth/password.ts';
import { buildServer, type FieldcaseServer } from '../../server/http/app.ts';
import type { Store } from '../../server/store/store.ts';
import type { CallNote } from '../../shared/schemas/index.ts';
import type { LoginResponse, StreamEvent, UserRole } from '../../shared/sync/protocol.ts';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestServer extends FieldcaseServer {
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(
  store: Store,
  options: { rateLimitPerMinute?: number; port?: number } = {},
): Promise<TestServer> {
  const server = await buildServer({ store, rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000 });
  const url = await server.app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  return { ...server, url, close: () => server.app.close() };
}

/** One password hash for every test user: scrypt is slow on purpose. */
let sharedHash: Promise<string> | undefined;

export async function addUser(store: Store, role: UserRole, name: string = role): Promise<{ id: string; email: string }> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const id = `u-${role}-${randomUUID().slice(0, 8)}`;
  const email = `${id}@test.fieldcase`;
  await store.createUser({ id, email, name, role, passwordHash: await sharedHash, createdAt: Date.now(), disabledAt: null });
  return { id, email };
}

export async function signIn(server: TestServer, email: string): Promise<LoginResponse> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as LoginResponse;
}

/** A user with a token: the usual start of a test. */
export async function userWithToken(store: Store, server: TestServer, role: UserRole) {
  const user = await addUser(store, role);
  const { token } = await signIn(server, user.email);
  return { ...user, token };
}

export function note(ownerId: string, id: string = randomUUID(), patch: Partial<CallNote> = {}): CallNote {
  return {
    id,
    ownerId,
    accountId: '',
    opportunityId: null,
    meetingId: null,
    title: `Note ${id}`,
    body: 'Discussed the rollout.',
    template: null,
    tags: [],
    competitors: [],
    createdAt: 1_000,
    updatedAt: 1_000,
    ...patch,
  };
}

export interface EventReader {
  next(timeoutMs?: number): Promise<StreamEvent>;
  close(): void;
}

/** Reads server-sent events from a live stream, one `data:` event at a time. */
export async function openStream(server: TestServer, collection: string, token: string): Promise<EventReader> {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/api/v1/sync/${collection}/stream`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`stream refused: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const queue: StreamEvent[] = [];
  const parse = createEventParser((data) => queue.push(JSON.parse(data) as StreamEvent));

  async function fill(): Promise<void> {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended');
    parse(value);
  }

  // One read at a time; a read outlives a timed-out wait and feeds the next one.
  let pending: Promise<void> | null = null;
  const read = () => {
    if (!pending) {
      pending = fill().finally(() => {
        pending = null;
      });
      // A read still waiting when the stream is closed fails; nobody needs to hear of it.
      pending.catch(() => {});
    }
    return pending;
  };

  return {
    async next(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (queue.length === 0) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error('no stream event in time');
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), remaining);
        });
        const outcome = await Promise.race([read(), timeout]);
        clearTimeout(timer);
        if (outcome === 'timeout') throw new Error('no stream event in time');
      }
      return queue.shift() as StreamEvent;
    },
    close: () => controller.abort(),
  };
}
