import { create } from 'zustand';

/** Downloads under way and their problems, per file (sha256); `revision` bumps when the cache changes. */
interface CollateralFilesState {
  progress: Record<string, { received: number; total: number }>;
  errors: Record<string, string>;
  revision: number;
}

export const useCollateralFiles = create<CollateralFilesState>(() => ({ progress: {}, errors: {}, revision: 0 }));

export function setProgress(sha256: string, received: number, total: number): void {
  useCollateralFiles.setState((s) => ({ progress: { ...s.progress, [sha256]: { received, total } } }));
}

export function finish(sha256: string, error: string | null): void {
  useCollateralFiles.setState((s) => {
    const progress = { ...s.progress };
    delete progress[sha256];
    const errors = { ...s.errors };
    if (error === null) delete errors[sha256];
    else errors[sha256] = error;
    return { progress, errors, revision: s.revision + 1 };
  });
}
