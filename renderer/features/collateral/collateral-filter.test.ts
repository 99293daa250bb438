import { describe, expect, it } from 'vitest';
import type { Collateral } from '../../../shared/schemas/index.ts';
import { filterChoices, filterCollateral, isCollateralKind, isStage, NO_FILTER, type CollateralFilter } from './collateral-filter.ts';

function item(id: string, kind: Collateral['kind'], product: string, stages: Collateral['stages']): Collateral {
  return {
    id,
    title: id,
    kind,
    product,
    stages,
    fileName: `${id}.pdf`,
    mimeType: 'application/pdf',
    size: 1,
    sha256: 'c'.repeat(64),
    version: 1,
    publishedAt: 1,
    updatedAt: 1,
  };
}

const items = [
  item('datasheet', 'datasheet', 'Analytics', ['qualification', 'demo']),
  item('prices', 'pricing', 'All products', ['proposal', 'negotiation']),
  item('case', 'case_study', 'Analytics', ['demo', 'proposal']),
  item('deck', 'deck', 'Forecast', []),
];

describe('collateral filter', () => {
  it.each<[string, CollateralFilter, string[]]>([
    ['nothing chosen', NO_FILTER, ['datasheet', 'prices', 'case', 'deck']],
    ['a kind', { ...NO_FILTER, kind: 'pricing' }, ['prices']],
    ['a product', { ...NO_FILTER, product: 'Analytics' }, ['datasheet', 'case']],
    ['a stage', { ...NO_FILTER, stage: 'demo' }, ['datasheet', 'case']],
    ['all three', { kind: 'case_study', product: 'Analytics', stage: 'proposal' }, ['case']],
    ['a combination nobody has', { kind: 'deck', product: 'Analytics', stage: null }, []],
    ['a product no item has', { ...NO_FILTER, product: 'analytics' }, []],
  ])('keeps the matching items for %s', (_name, filter, expected) => {
    expect(filterCollateral(items, filter).map((i) => i.id)).toEqual(expected);
  });

  it('offers only the values the items have, kinds and stages in their usual order', () => {
    expect(filterChoices(items)).toEqual({
      kinds: ['datasheet', 'deck', 'pricing', 'case_study'],
      products: ['All products', 'Analytics', 'Forecast'],
      stages: ['qualification', 'demo', 'proposal', 'negotiation'],
    });
    expect(filterChoices([])).toEqual({ kinds: [], products: [], stages: [] });
  });

  it('recognises kinds and stages, and nothing else', () => {
    expect(isCollateralKind('case_study')).toBe(true);
    expect(isCollateralKind('Case study')).toBe(false);
    expect(isCollateralKind('')).toBe(false);
    expect(isStage('closed_won')).toBe(true);
    expect(isStage('__proto__')).toBe(false);
  });
});
