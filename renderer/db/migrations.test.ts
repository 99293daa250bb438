import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../shared/schemas/index.ts';
import { createDatabase } from './database.ts';

/** The call note schema as laptops stored it before v3: accountId null for no account, not indexed. */
function callNoteSchemaV2(): RxJsonSchema<Record<string, unknown>> {
  const schema = structuredClone(SCHEMAS.call_notes) as unknown as Record<string, unknown> & { properties: Record<string, unknown> };
  return {
    ...schema,
    version: 2,
    properties: { ...schema.properties, accountId: { type: ['string', 'null'], maxLength: 100 } },
    indexes: ['updatedAt'],
  } as unknown as RxJsonSchema<Record<string, unknown>>;
}

const note = (id: string, accountId: string | null) => ({
  id,
  ownerId: 'rep',
  accountId,
  opportunityId: null,
  meetingId: null,
  title: id,
  body: '',
  template: null,
  tags: [],
  competitors: [],
  createdAt: 1,
  updatedAt: 1,
});

describe('call note migrations', () => {
  it('turns a v2 note about no account into accountId "" and finds an account’s notes by the new index', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const storage = getRxStorageDexie({ indexedDB, IDBKeyRange });
    const old = await createRxDatabase({ name, storage, multiInstance: false });
    await old.addCollections({ call_notes: { schema: callNoteSchemaV2(), migrationStrategies: { 1: (d: unknown) => d, 2: (d: unknown) => d } } });
    await old.collections.call_notes?.bulkInsert([note('loose', null), note('halden', 'acc-halden')]);
    await old.close();

    const db = await createDatabase({ name, storage, multiInstance: false, collections: ['call_notes'] });
    try {
      expect((await db.call_notes.findOne('loose').exec())?.accountId).toBe('');
      const query = db.call_notes.find({ selector: { accountId: 'acc-halden' } });
      expect((await query.exec()).map((d) => d.id)).toEqual(['halden']);
      expect(query.getPreparedQuery().queryPlan.index).toEqual(['_deleted', 'accountId', 'updatedAt', 'id']);
    } finally {
      await db.remove();
    }
  });
});
