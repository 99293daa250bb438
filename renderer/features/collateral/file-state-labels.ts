import type { FileState } from './collateral-files.ts';

/** Where an item's file is, in the rep's words. */
export const FILE_STATE_LABELS: Record<FileState, string> = {
  offline: 'Available offline',
  cached: 'On this laptop',
  partial: 'Partly downloaded',
  absent: 'Not downloaded',
};
