import { create } from 'zustand';

/** The product and persona the rep narrowed the script list to; kept while moving between screens. */
interface DemoScriptsUiState {
  product: string | null;
  persona: string | null;
  showProduct(product: string | null): void;
  showPersona(persona: string | null): void;
}

export const useDemoScriptsUi = create<DemoScriptsUiState>((set) => ({
  product: null,
  persona: null,
  showProduct: (product) => set({ product }),
  showPersona: (persona) => set({ persona }),
}));
