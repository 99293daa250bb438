import { create } from 'zustand';

/**
 * The one search's UI state: how far the index is, a revision that moves whenever it changes
 * (so results recompute), and whether the search dialog is open. The index itself lives in
 * search-service.ts, never here.
 */
export interface SearchUiState {
  status: 'idle' | 'building' | 'ready' | 'failed';
  indexed: number;
  revision: number;
  error: string | null;
  isDialogOpen: boolean;
}

export const useSearchUi = create<SearchUiState>(() => ({
  status: 'idle',
  indexed: 0,
  revision: 0,
  error: null,
  isDialogOpen: false,
}));

export function openSearchDialog(): void {
  useSearchUi.setState({ isDialogOpen: true });
}

export function closeSearchDialog(): void {
  useSearchUi.setState({ isDialogOpen: false });
}
