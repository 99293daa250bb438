/**
 * A child process for the crash test: commits one small batch, says so, then starts a batch
 * big enough to be killed in the middle of. Usage: tsx crash-writer.ts FILE
 */
import { createSqliteStore } from '../../server/store/sqlite-store.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: crash-writer.ts FILE');
const store = await createSqliteStore({ file });

const docs = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, ownerId: 'rep', deleted: false, doc: { id: `${prefix}-${i}`, n: i } }));

const committed = docs('committed', 50);
await store.writeDocuments('call_notes', committed.map((d) => d.id), () => ({ writes: committed, result: null }));
const big = docs('interrupted', 400_000);
// Pipes to the parent are synchronous on Linux: the parent reads this before the batch starts.
process.stdout.write('writing\n');
await store.writeDocuments('call_notes', big.map((d) => d.id), () => ({ writes: big, result: null }));
process.stdout.write('finished\n');
await store.close();
