import { create } from 'zustand';
import { ALL_REPS } from './pipeline-reps.ts';

/**
 * What the rep typed into the accounts filter, and whose deals a manager looks at on the
 * Pipeline board; kept while moving between screens.
 */
interface AccountsUiState {
  query: string;
  setQuery(query: string): void;
  pipelineRep: string;
  setPipelineRep(repId: string): void;
}

export const useAccountsUi = create<AccountsUiState>((set) => ({
  query: '',
  setQuery: (query) => set({ query }),
  pipelineRep: ALL_REPS,
  setPipelineRep: (pipelineRep) => set({ pipelineRep }),
}));
