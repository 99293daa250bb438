import { create } from 'zustand';
import { NO_FILTER, type CollateralFilter } from './collateral-filter.ts';

/** How the rep narrowed the collateral library; kept while moving between screens. */
interface CollateralFilterState extends CollateralFilter {
  setFilter(patch: Partial<CollateralFilter>): void;
  clearFilter(): void;
}

export const useCollateralFilter = create<CollateralFilterState>((set) => ({
  ...NO_FILTER,
  setFilter: (patch) => set(patch),
  clearFilter: () => set(NO_FILTER),
}));
