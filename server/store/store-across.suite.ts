/**
 * More of the behaviour every Store must show (beside store.suite.ts): writes across
 * collections in one transaction, and the forecast settings. Run by each store's test file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_PROBABILITIES } from '../../shared/domain/stage-probabilities.ts';
import type { CollectionName } from '../../shared/schemas/index.ts';
import type { Store } from './store.ts';
import { docWrite, waitFor, writeAll, type StoreHarness } from './store.suite.ts';

const T = 1_750_000_000_000;

export function describeStoreAcrossSuite(name: string, harness: StoreHarness): void {
  describe(name, () => {
    const stores: Store[] = [];
    const open = async (): Promise<Store> => {
      const store = await harness.open();
      stores.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of stores.splice(0)) await store.close();
      await harness.cleanup?.();
    });

    describe('writes across collections', () => {
      it('reads the rows of every collection named and writes them in one transaction, in sequence order', async () => {
        const store = await open();
        await writeAll(store, 'feedback', [docWrite('fb-1', { text: 'Q?' }, 'rep-1')]);
        await writeAll(store, 'enablement_kits', [docWrite('kit-1', { faq: [] })]);
        const before = await store.latestSequence();
        const seen = await store.writeAcross(
          [
            { collection: 'feedback', ids: ['fb-1'] },
            { collection: 'enablement_kits', ids: ['kit-1', 'kit-missing'] },
          ],
          (current) => ({
            writes: [
              { collection: 'feedback', ...docWrite('fb-1', { text: 'Q?', status: 'answered' }, 'rep-1') },
              { collection: 'enablement_kits', ...docWrite('kit-1', { faq: [{ question: 'Q?', answer: 'A.' }] }) },
            ],
            result: [...current.entries()].map(([collection, rows]) => [collection, [...rows.keys()]]),
          }),
        );
        expect(seen).toEqual([
          ['feedback', ['fb-1']],
          ['enablement_kits', ['kit-1']],
        ]);
        const feedback = (await store.getDocuments('feedback', ['fb-1'])).get('fb-1');
        const kit = (await store.getDocuments('enablement_kits', ['kit-1'])).get('kit-1');
        expect(feedback).toMatchObject({ ownerId: 'rep-1', sequence: before + 1, doc: { status: 'answered' } });
        expect(kit).toMatchObject({ ownerId: null, sequence: before + 2, doc: { faq: [{ question: 'Q?', answer: 'A.' }] } });
        expect(await store.latestSequence()).toBe(before + 2);
      });

      it('writes nothing of any collection when the decision throws', async () => {
        const store = await open();
        await writeAll(store, 'feedback', [docWrite('fb-1', { v: 1 }, 'rep-1')]);
        const before = await store.latestSequence();
        await expect(
          store.writeAcross([{ collection: 'feedback', ids: ['fb-1'] }], () => {
            throw new Error('refused');
          }),
        ).rejects.toThrow('refused');
        expect(await store.latestSequence()).toBe(before);
        expect((await store.getDocuments('feedback', ['fb-1'])).get('fb-1')?.doc).toEqual({ id: 'fb-1', v: 1 });
      });

      it('keeps the last write of an id in a batch, and tells listeners about every collection written', async () => {
        const store = await open();
        const heard: CollectionName[] = [];
        const stop = store.onChange((collection) => heard.push(collection));
        await store.writeAcross([], () => ({
          writes: [
            { collection: 'battle_cards', ...docWrite('c', { v: 1 }) },
            { collection: 'demo_scripts', ...docWrite('c', { v: 9 }) },
            { collection: 'battle_cards', ...docWrite('c', { v: 2 }) },
          ],
          result: undefined,
        }));
        expect((await store.getDocuments('battle_cards', ['c'])).get('c')?.doc).toEqual({ id: 'c', v: 2 });
        expect((await store.getDocuments('demo_scripts', ['c'])).get('c')?.doc).toEqual({ id: 'c', v: 9 });
        expect(await waitFor(() => heard.includes('battle_cards') && heard.includes('demo_scripts'))).toBe(true);
        stop();
      });
    });

    describe('forecast settings', () => {
      it('gives the default probabilities until an admin sets them', async () => {
        const store = await open();
        expect(await store.getForecastSettings()).toEqual({ stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES }, updatedAt: null });
      });

      it('merges a partial update into what is stored, and keeps it across a restart', async () => {
        const store = await open();
        const first = await store.setStageProbabilities({ demo: 0.3, proposal: 0.45 }, T);
        expect(first).toEqual({ stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES, demo: 0.3, proposal: 0.45 }, updatedAt: T });
        await store.setStageProbabilities({ proposal: 0.6, closed_won: 1 }, T + 1);
        const expected = { stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES, demo: 0.3, proposal: 0.6 }, updatedAt: T + 1 };
        expect(await store.getForecastSettings()).toEqual(expected);
        const reopened = await harness.reopen(store);
        stores.push(reopened);
        expect(await reopened.getForecastSettings()).toEqual(expected);
      });

      it('keeps both of two concurrent partial updates', async () => {
        const store = await open();
        await Promise.all([store.setStageProbabilities({ demo: 0.2 }, T), store.setStageProbabilities({ negotiation: 0.9 }, T)]);
        expect((await store.getForecastSettings()).stageProbabilities).toMatchObject({ demo: 0.2, negotiation: 0.9 });
      });
    });
  });
}
