import { create } from 'zustand';

/** What the rep typed into the accounts filter; kept while moving between screens. */
interface AccountsUiState {
  query: string;
  setQuery(query: string): void;
}

export const useAccountsUi = create<AccountsUiState>((set) => ({
  query: '',
  setQuery: (query) => set({ query }),
}));
