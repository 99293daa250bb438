/** For integration tests: a fresh in-memory embedded store and a server on it for each test. */
import { afterEach, beforeEach } from 'vitest';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { Store } from '../../server/store/store.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

export function freshServerPerTest(): { readonly store: Store; readonly server: TestServer } {
  const current: { store?: Store; server?: TestServer } = {};
  beforeEach(async () => {
    current.store = await createSqliteStore({ file: ':memory:' });
    current.server = await startTestServer(current.store);
  });
  afterEach(async () => {
    await current.server?.close();
    await current.store?.close();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('freshServerPerTest: use the server inside a test');
    return value;
  };
  return {
    get store() {
      return need(current.store);
    },
    get server() {
      return need(current.server);
    },
  };
}
