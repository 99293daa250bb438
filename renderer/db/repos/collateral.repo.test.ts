import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Collateral } from '../../../shared/schemas/index.ts';
import type { FieldcaseDatabase } from '../database.ts';
import { createTestDatabase } from '../test-database.ts';
import { observeCollateral, observeCollateralItem, recordCollateralOpened } from './collateral.repo.ts';

function item(id: string, title: string): Collateral {
  return {
    id,
    title,
    kind: 'datasheet',
    product: 'Beacon Analytics',
    stages: ['demo'],
    fileName: `${id}.pdf`,
    mimeType: 'application/pdf',
    size: 100,
    sha256: 'b'.repeat(64),
    version: 4,
    publishedAt: 1,
    updatedAt: 1,
  };
}

let db: FieldcaseDatabase;
beforeEach(async () => {
  db = await createTestDatabase(['collateral', 'activities']);
  await db.collateral.bulkInsert([item('c2', 'Price list'), item('c1', 'Case study')]);
});
afterEach(async () => {
  await db.remove();
});

describe('collateral repository', () => {
  it('lists items by title', async () => {
    expect((await firstValueFrom(observeCollateral(db))).map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('reads one item, or null', async () => {
    expect((await firstValueFrom(observeCollateralItem(db, 'c2')))?.title).toBe('Price list');
    expect(await firstValueFrom(observeCollateralItem(db, 'missing'))).toBeNull();
  });

  it('records an opening as a collateral_opened activity with the version seen', async () => {
    const activity = await recordCollateralOpened(db, { ownerId: 'rep-1', item: { id: 'c1', version: 4 } }, 1_000);
    expect(activity).toMatchObject({ ownerId: 'rep-1', kind: 'collateral_opened', subjectId: 'c1', subjectVersion: 4, at: 1_000 });
    await recordCollateralOpened(db, { ownerId: 'rep-1', item: { id: 'c1', version: 4 } }, 2_000);
    expect(await db.activities.count().exec()).toBe(2);
  });
});
