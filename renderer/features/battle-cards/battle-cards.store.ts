import { create } from 'zustand';

/** The competitor the rep narrowed the battle card list to; kept while moving between screens. */
interface BattleCardsUiState {
  competitor: string | null;
  showCompetitor(competitor: string | null): void;
}

export const useBattleCardsUi = create<BattleCardsUiState>((set) => ({
  competitor: null,
  showCompetitor: (competitor) => set({ competitor }),
}));
