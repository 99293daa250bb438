/**
 * A deal's history in words, newest first: each entry says what changed from the one before it
 * (its stage, its amount, its close date). Entries written before the history kept amounts and
 * dates only name the stage. Pure.
 */
import { STAGE_LABELS, formatMoney, type StageHistoryEntry } from '../../../shared/domain/pipeline.ts';

export interface HistoryLine {
  at: number;
  text: string;
}

export function historyLines(
  history: readonly StageHistoryEntry[],
  currency: string,
  formatDate: (at: number) => string,
  locale?: string,
): HistoryLine[] {
  const lines = history.map((entry, i) => {
    const before = history[i - 1];
    const parts: string[] = [];
    if (!before || before.stage !== entry.stage) parts.push(STAGE_LABELS[entry.stage]);
    if (before?.amount !== undefined && entry.amount !== undefined && before.amount !== entry.amount) {
      parts.push(`amount ${formatMoney(before.amount, currency, locale)} → ${formatMoney(entry.amount, currency, locale)}`);
    }
    if (before?.closeDate !== undefined && entry.closeDate !== undefined && before.closeDate !== entry.closeDate) {
      parts.push(`close date ${formatDate(before.closeDate)} → ${formatDate(entry.closeDate)}`);
    }
    if (parts.length === 0) parts.push(STAGE_LABELS[entry.stage]);
    return { at: entry.at, text: parts.join('; ') };
  });
  return lines.reverse();
}
