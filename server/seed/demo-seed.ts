/**
 * FIELDCASE_SEED_DEMO=1: the demo workspace of shared/demo and four demo users. Idempotent:
 * users and documents that exist are left alone, so seeding twice changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DEMO_FILE_LIST, buildDemoWorkspace } from '../../shared/demo/index.ts';
import { COLLECTION_NAMES, OWNED_COLLECTIONS, type CollectionName } from '../../shared/schemas/index.ts';
import type { UserRole } from '../../shared/sync/protocol.ts';
import { hashPassword } from '../auth/password.ts';
import type { Store } from '../store/store.ts';

export const DEMO_PASSWORD = 'fieldcase-demo';

export const DEMO_USERS: { id: string; email: string; name: string; role: UserRole }[] = [
  { id: 'demo-rep', email: 'rep@demo.fieldcase', name: 'Riley Morgan', role: 'rep' },
  { id: 'demo-rep-2', email: 'rep2@demo.fieldcase', name: 'Sam Okafor', role: 'rep' },
  { id: 'demo-manager', email: 'manager@demo.fieldcase', name: 'Jordan Lee', role: 'manager' },
  { id: 'demo-marketing', email: 'marketing@demo.fieldcase', name: 'Avery Chen', role: 'marketing' },
];

export interface SeedResult {
  usersCreated: number;
  documentsWritten: number;
  filesStored: number;
}

async function seedUsers(store: Store, now: number): Promise<number> {
  let created = 0;
  for (const user of DEMO_USERS) {
    if (await store.getUserByEmail(user.email)) continue;
    await store.createUser({ ...user, passwordHash: await hashPassword(DEMO_PASSWORD), createdAt: now, disabledAt: null });
    created += 1;
  }
  return created;
}

async function seedCollection(store: Store, collection: CollectionName, docs: { id: string; ownerId?: string }[]): Promise<number> {
  const isOwned = (OWNED_COLLECTIONS as readonly string[]).includes(collection);
  return store.writeDocuments(
    collection,
    docs.map((doc) => doc.id),
    (current) => {
      const writes = docs
        .filter((doc) => !current.has(doc.id))
        .map((doc) => ({ id: doc.id, ownerId: isOwned ? (doc.ownerId ?? null) : null, deleted: false, doc: { ...doc } }));
      return { writes, result: writes.length };
    },
  );
}

async function seedFiles(store: Store, now: number): Promise<number> {
  let stored = 0;
  for (const file of Object.values(DEMO_FILE_LIST)) {
    if (await store.getFileInfo(file.sha256)) continue;
    const data = await readFile(fileURLToPath(new URL(`../../shared/demo/${file.path}`, import.meta.url)));
    await store.putFile({ sha256: file.sha256, size: data.length, mimeType: file.mimeType, createdAt: now }, data);
    stored += 1;
  }
  return stored;
}

export async function seedDemo(store: Store, now = Date.now()): Promise<SeedResult> {
  const usersCreated = await seedUsers(store, now);
  const [rep, rep2] = DEMO_USERS;
  const workspace = buildDemoWorkspace({ now, owners: { rep: rep?.id ?? 'demo-rep', rep2: rep2?.id ?? 'demo-rep-2' } });
  let documentsWritten = 0;
  for (const collection of COLLECTION_NAMES) {
    documentsWritten += await seedCollection(store, collection, workspace[collection]);
  }
  return { usersCreated, documentsWritten, filesStored: await seedFiles(store, now) };
}
