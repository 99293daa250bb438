import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_STALE_AFTER_DAYS, parseStaleAfterDays } from '../../../shared/domain/card-changes.ts';

/** After how many days a battle card is flagged stale: the rep's setting, kept across launches. */
interface CardSettings {
  staleAfterDays: number;
  /** Returns false (and keeps the old value) for anything outside the allowed range. */
  setStaleAfterDays(input: string): boolean;
}

export const useCardSettings = create<CardSettings>()(
  persist(
    (set) => ({
      staleAfterDays: DEFAULT_STALE_AFTER_DAYS,
      setStaleAfterDays: (input) => {
        const days = parseStaleAfterDays(input);
        if (days === null) return false;
        set({ staleAfterDays: days });
        return true;
      },
    }),
    {
      name: 'fieldcase:card-settings',
      partialize: (state) => ({ staleAfterDays: state.staleAfterDays }),
      // A hand-edited or corrupt value falls back to the default rather than breaking the screen.
      merge: (persisted, current) => {
        const days = parseStaleAfterDays((persisted as { staleAfterDays?: number } | undefined)?.staleAfterDays ?? NaN);
        return { ...current, staleAfterDays: days ?? DEFAULT_STALE_AFTER_DAYS };
      },
    },
  ),
);
