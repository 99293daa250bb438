import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentValidator } from '../../shared/schemas/validator.ts';
import type { Store } from '../store/store.ts';
import { importContent } from './import-content.ts';
import { ImportRefusedError, formatProblem } from './import-problems.ts';
import { createTempStore, type TempStore } from './store-for-tests.ts';

const SAMPLE = fileURLToPath(new URL('./fixtures/import-sample', import.meta.url));
const BROKEN = fileURLToPath(new URL('./fixtures/import-broken', import.meta.url));
const T = 1_750_000_000_000;
const DAY = 86_400_000;

let temp: TempStore;
let store: Store;

beforeEach(async () => {
  temp = await createTempStore();
  store = await temp.open();
});

afterEach(async () => {
  await temp.cleanup();
});

async function copyOfSample(): Promise<string> {
  const folder = path.join(temp.dir, 'content');
  await cp(SAMPLE, folder, { recursive: true });
  return folder;
}

async function refusal(folder: string): Promise<string[]> {
  const error = await importContent(store, folder, { now: T }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportRefusedError);
  return (error as ImportRefusedError).problems.map(formatProblem);
}

async function expectNothingWritten(): Promise<void> {
  expect(await store.latestSequence()).toBe(0);
  for (const collection of ['battle_cards', 'demo_scripts', 'collateral'] as const) {
    expect(await store.pull({ collection, after: 0, limit: 10 })).toEqual([]);
  }
}

describe('import of the sample folder', () => {
  it('publishes valid documents and stores every file under its sha256', async () => {
    const summary = await importContent(store, SAMPLE, { now: T });
    expect(summary.counts).toEqual({
      battle_cards: { created: 2, updated: 0, unchanged: 0 },
      demo_scripts: { created: 1, updated: 0, unchanged: 0 },
      collateral: { created: 2, updated: 0, unchanged: 0 },
      enablement_kits: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(summary.filesStored).toBe(2);

    const validator = createDocumentValidator();
    for (const collection of ['battle_cards', 'demo_scripts', 'collateral', 'enablement_kits'] as const) {
      for (const stored of await store.pull({ collection, after: 0, limit: 10 })) {
        expect(validator.validate(collection, stored.doc)).toEqual({ ok: true, value: stored.doc });
        expect(stored).toMatchObject({ ownerId: null, deleted: false });
        expect(stored.doc).toMatchObject({ version: 1, publishedAt: T, updatedAt: T });
      }
    }

    const cards = await store.getDocuments('battle_cards', ['card-quantrel', 'card-loomwise']);
    expect(cards.get('card-quantrel')?.doc['objections']).toHaveLength(2);
    expect(cards.get('card-loomwise')?.doc['sections']).toEqual([
      expect.objectContaining({ heading: 'Where they win' }),
      expect.objectContaining({ heading: 'Pricing', body: expect.stringContaining('## Sync invoices every 5 minutes') }),
    ]);
    const script = (await store.getDocuments('demo_scripts', ['script-analytics-exec-overview'])).get('script-analytics-exec-overview');
    expect((script?.doc['steps'] as { durationSec: number }[]).map((step) => step.durationSec)).toEqual([90, 180, 150]);

    for (const [id, file, mimeType] of [
      ['coll-analytics-one-pager', 'beacon-analytics-one-pager.md', 'text/markdown'],
      ['coll-connect-roi-worksheet', 'worksheets/connect-roi-worksheet.csv', 'text/csv'],
    ] as const) {
      const bytes = await readFile(path.join(SAMPLE, 'collateral', file));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const doc = (await store.getDocuments('collateral', [id])).get(id)?.doc;
      expect(doc).toMatchObject({ sha256, size: bytes.length, mimeType, fileName: path.basename(file) });
      expect(await store.getFileInfo(sha256)).toMatchObject({ sha256, size: bytes.length, mimeType });
      expect(Buffer.from((await store.readFile(sha256)) ?? [])).toEqual(bytes);
    }
  });

  it('rewrites nothing when imported again unchanged', async () => {
    await importContent(store, SAMPLE, { now: T });
    const sequence = await store.latestSequence();
    const again = await importContent(store, SAMPLE, { now: T + DAY });
    expect(again.counts).toEqual({
      battle_cards: { created: 0, updated: 0, unchanged: 2 },
      demo_scripts: { created: 0, updated: 0, unchanged: 1 },
      collateral: { created: 0, updated: 0, unchanged: 2 },
      enablement_kits: { created: 0, updated: 0, unchanged: 1 },
    });
    expect(again.filesStored).toBe(0);
    expect(await store.latestSequence()).toBe(sequence);
  });

  it('bumps the version of what changed and keeps its first publication date', async () => {
    const folder = await copyOfSample();
    await importContent(store, folder, { now: T });
    const before = await store.latestSequence();

    const cardFile = path.join(folder, 'battle-cards', 'quantrel.md');
    await writeFile(cardFile, (await readFile(cardFile, 'utf8')).replace('Median 6 weeks', 'Median 5 weeks'));
    await writeFile(path.join(folder, 'collateral', 'beacon-analytics-one-pager.md'), '# Beacon Analytics\n\nNew edition.\n');
    const summary = await importContent(store, folder, { now: T + DAY });

    expect(summary.counts).toEqual({
      battle_cards: { created: 0, updated: 1, unchanged: 1 },
      demo_scripts: { created: 0, updated: 0, unchanged: 1 },
      collateral: { created: 0, updated: 1, unchanged: 1 },
      enablement_kits: { created: 0, updated: 0, unchanged: 1 },
    });
    expect(summary.filesStored).toBe(1);
    expect(await store.latestSequence()).toBe(before + 2);
    const card = (await store.getDocuments('battle_cards', ['card-quantrel'])).get('card-quantrel')?.doc;
    expect(card).toMatchObject({ version: 2, publishedAt: T, updatedAt: T + DAY });
    expect(JSON.stringify(card)).toContain('Median 5 weeks');
    const untouched = (await store.getDocuments('battle_cards', ['card-loomwise'])).get('card-loomwise')?.doc;
    expect(untouched).toMatchObject({ version: 1, updatedAt: T });
    const pager = (await store.getDocuments('collateral', ['coll-analytics-one-pager'])).get('coll-analytics-one-pager')?.doc;
    expect(pager).toMatchObject({ version: 2, publishedAt: T, updatedAt: T + DAY, size: 33 });
  });

  it('publishes a deleted document again with the next version', async () => {
    await importContent(store, SAMPLE, { now: T });
    await store.writeDocuments('battle_cards', ['card-loomwise'], (current) => {
      const doc = current.get('card-loomwise')?.doc ?? {};
      return { writes: [{ id: 'card-loomwise', ownerId: null, deleted: true, doc }], result: undefined };
    });
    const summary = await importContent(store, SAMPLE, { now: T + DAY });
    expect(summary.counts.battle_cards).toEqual({ created: 1, updated: 0, unchanged: 1 });
    const stored = (await store.getDocuments('battle_cards', ['card-loomwise'])).get('card-loomwise');
    expect(stored).toMatchObject({ deleted: false, doc: { version: 2, publishedAt: T + DAY } });
  });
});

describe('a folder with problems', () => {
  it('reports every problem with its file and writes nothing, not even the valid files', async () => {
    const problems = await refusal(BROKEN);
    expect(problems).toEqual([
      expect.stringMatching(/^battle-cards\/orbiqa\.md:\d+: YAML: /),
      'demo-scripts/connect-deep-dive.md:8: step "Change data capture from the ERP" needs a "duration: …" line, like "duration: 90s" or "duration: 2m 30s"',
      'collateral/collateral.yaml: entry 1 (coll-launch-flyer): unknown kind "brochure" (use one of: datasheet, deck, pricing, case_study, video, other)',
      'collateral/collateral.yaml: entry 2 (coll-stolen): "file: ../../etc/passwd" must not contain ".." (the file must be inside collateral/)',
    ]);
    await expectNothingWritten();
    const flyer = await readFile(path.join(BROKEN, 'collateral', 'launch-flyer.txt'));
    expect(await store.getFileInfo(createHash('sha256').update(flyer).digest('hex'))).toBeNull();
  });

  it('refuses absolute paths and symbolic links that lead out of collateral/', async () => {
    const folder = await copyOfSample();
    const secret = path.join(temp.dir, 'secret.txt');
    await writeFile(secret, 'not for reps');
    await symlink(secret, path.join(folder, 'collateral', 'handy-link.txt'));
    await symlink(secret, path.join(folder, 'battle-cards', 'linked.md'));
    const manifest = path.join(folder, 'collateral', 'collateral.yaml');
    const entry = (id: string, file: string) => `\n- id: ${id}\n  title: T\n  kind: other\n  product: P\n  stages: []\n  file: ${JSON.stringify(file)}\n`;
    await writeFile(manifest, (await readFile(manifest, 'utf8')) + entry('coll-link', 'handy-link.txt') + entry('coll-abs', secret) + entry('coll-missing', 'nope.pdf'));

    expect(await refusal(folder)).toEqual([
      'battle-cards/linked.md: is not a regular file (symbolic links and folders are not imported)',
      'collateral/collateral.yaml: entry 3 (coll-link): "file: handy-link.txt" leads outside collateral/ through a symbolic link',
      `collateral/collateral.yaml: entry 4 (coll-abs): "file: ${secret}" must be a path inside collateral/, not an absolute path`,
      'collateral/collateral.yaml: entry 5 (coll-missing): "file: nope.pdf": no such file in collateral/',
    ]);
    await expectNothingWritten();
  });

  it('names both files when two documents share an id, and reports schema limits', async () => {
    const folder = await copyOfSample();
    const copy = (await readFile(path.join(folder, 'battle-cards', 'quantrel.md'), 'utf8')).replace(/^title: .*$/m, `title: ${'Long '.repeat(80)}`);
    await writeFile(path.join(folder, 'battle-cards', 'quantrel-copy.md'), copy);
    expect(await refusal(folder)).toEqual([
      'battle-cards/quantrel.md: id "card-quantrel" is already used by battle-cards/quantrel-copy.md',
      'battle-cards/quantrel-copy.md: not a valid battle card: /title must NOT have more than 300 characters',
    ]);
    await expectNothingWritten();
  });

  it('refuses a manifest that is not a list, and a collateral folder without one', async () => {
    const folder = await copyOfSample();
    await writeFile(path.join(folder, 'collateral', 'collateral.yaml'), 'id: coll-x\ntitle: Not a list\n');
    expect((await refusal(folder))[0]).toBe('collateral/collateral.yaml:1: must be a YAML list of entries ("- id: …")');
    await writeFile(path.join(folder, 'collateral', 'collateral.yaml'), '- [not, fields]\n');
    expect((await refusal(folder))[0]).toBe('collateral/collateral.yaml: entry 1: must be a set of fields (id, title, kind, …)');
    await rename(path.join(folder, 'collateral', 'collateral.yaml'), path.join(folder, 'collateral', 'collateral.yml'));
    expect(await refusal(folder)).toEqual([
      'collateral/: the folder has no collateral.yaml listing its files',
      // The kit requires an item that was in that manifest.
      'enablement-kits/analytics-live-launch.md:7: required item "coll-analytics-one-pager" is neither in this import nor published (give a battle card, collateral or demo script id)',
    ]);
  });

  it('says so when the folder is missing or holds nothing to import', async () => {
    await expect(importContent(store, path.join(temp.dir, 'missing'))).rejects.toThrow(/no folder at/);
    const empty = path.join(temp.dir, 'empty');
    await mkdir(empty);
    expect(await refusal(empty)).toEqual(['.: nothing to import: expected battle-cards/, demo-scripts/, enablement-kits/ or collateral/collateral.yaml']);
  });
});
