import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export const QUOTA_CHOICES = [250, 500, 1_024, 2_048, 5_120].map((mb) => mb * 1024 * 1024);

/** How much room collateral files may take on this laptop: the rep's setting, kept across launches. */
interface FileSettings {
  quotaBytes: number;
  setQuota(bytes: number): void;
}

export const useFileSettings = create<FileSettings>()(
  persist(
    (set) => ({
      quotaBytes: 1_024 * 1024 * 1024,
      setQuota: (bytes) => set({ quotaBytes: QUOTA_CHOICES.includes(bytes) ? bytes : 1_024 * 1024 * 1024 }),
    }),
    { name: 'fieldcase:file-settings', partialize: (state) => ({ quotaBytes: state.quotaBytes }) },
  ),
);
