/** Operating the server: the demo seed, and clients that send too slowly. */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/http/app.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../../server/seed/demo-seed.ts';
import { createSqliteStore } from '../../server/store/sqlite-store.ts';
import type { Store } from '../../server/store/store.ts';
import { verifyPassword } from '../../server/auth/password.ts';

const stores: Store[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

async function openStore(): Promise<Store> {
  const store = await createSqliteStore({ file: ':memory:' });
  stores.push(store);
  return store;
}

describe('demo seed', () => {
  it('creates the demo users and workspace once; seeding again changes nothing', async () => {
    const store = await openStore();
    const first = await seedDemo(store);
    expect(first.usersCreated).toBe(4);
    expect(first.documentsWritten).toBeGreaterThan(50);
    expect(first.filesStored).toBeGreaterThan(0);
    const rep = await store.getUserByEmail('rep@demo.fieldcase');
    expect(rep?.role).toBe('rep');
    expect(await verifyPassword(DEMO_PASSWORD, rep?.passwordHash ?? '')).toBe(true);
    expect((await store.listUsers()).map((u) => u.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());

    const sequence = await store.latestSequence();
    expect(await seedDemo(store)).toEqual({ usersCreated: 0, documentsWritten: 0, filesStored: 0 });
    expect(await store.latestSequence()).toBe(sequence);
  });
});

describe('request time-outs', () => {
  it('cuts off a client that never finishes sending its request, and keeps serving others', async () => {
    const store = await openStore();
    const { app } = await buildServer({ store, requestTimeoutMs: 500 });
    const url = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
    try {
      const socket = connect(Number(url.port), '127.0.0.1');
      socket.write('POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"em');
      const answer = await new Promise<string>((resolve) => {
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString()));
        socket.on('close', () => resolve(received));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect((await fetch(`${url.origin}/api/v1/health`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
