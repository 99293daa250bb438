import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OWNED_COLLECTIONS } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../../db/database.ts';
import { importWorkspace, observeCollectionCounts, observeIsWorkspaceEmpty } from '../../db/repos/workspace.repo.ts';
import { createTestDatabase } from '../../db/test-database.ts';
import { demoWorkspaceFor } from './demo-workspace.ts';

const NOW = Date.UTC(2026, 10, 29, 9);

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db.remove();
});

describe('demo workspace on the laptop', () => {
  it('holds only the rep’s own documents, and all published content', () => {
    const workspace = demoWorkspaceFor('rep-7', NOW, 0);
    for (const name of OWNED_COLLECTIONS) {
      expect(workspace[name].every((doc) => doc.ownerId === 'rep-7')).toBe(true);
    }
    expect(workspace.accounts.length).toBeGreaterThan(0);
    expect(workspace.battle_cards.length).toBeGreaterThanOrEqual(3);
  });

  it('loads into an empty database, with progress, and loading twice changes nothing', async () => {
    expect(await firstValueFrom(observeIsWorkspaceEmpty(db))).toBe(true);
    const workspace = demoWorkspaceFor('rep-7', NOW, 0);
    const progress: number[] = [];
    const counts = await importWorkspace(db, workspace, (done) => progress.push(done));

    expect(counts.battle_cards).toBe(workspace.battle_cards.length);
    expect(counts.call_notes).toBe(workspace.call_notes.length);
    expect(progress.at(-1)).toBe(Object.values(workspace).reduce((sum, docs) => sum + docs.length, 0));
    expect(await firstValueFrom(observeIsWorkspaceEmpty(db))).toBe(false);

    const before = await firstValueFrom(observeCollectionCounts(db));
    await importWorkspace(db, demoWorkspaceFor('rep-7', NOW, 0));
    expect(await firstValueFrom(observeCollectionCounts(db))).toEqual(before);
  });

  it('refuses a workspace with an invalid document, naming the collection', async () => {
    const workspace = demoWorkspaceFor('rep-7', NOW, 0);
    const [card] = workspace.battle_cards;
    if (!card) throw new Error('the demo has battle cards');
    await expect(importWorkspace(db, { battle_cards: [{ ...card, version: -1 }] })).rejects.toThrow(/battle_cards/);
  });
});
