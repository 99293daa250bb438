/**
 * `feedback set-status ID STATUS [--response TEXT]`: product's or marketing's answer to a
 * feedback item, from a terminal. The same write as the HTTP API (server/feedback), so the rep
 * who logged the item sees the answer once their laptop syncs.
 */
import { createDocumentValidator } from '../../shared/schemas/validator.ts';
import {
  FeedbackNotFoundError,
  InvalidFeedbackAnswerError,
  parseFeedbackAnswer,
  setFeedbackStatus,
} from '../feedback/feedback-status.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './cli-errors.ts';
import { terminalSafe } from './text-format.ts';

export async function setFeedbackStatusCommand(
  store: Store,
  id: string,
  status: string,
  response: string | undefined,
  now: number,
): Promise<string> {
  try {
    const answer = parseFeedbackAnswer({ status, response });
    const item = await setFeedbackStatus(store, createDocumentValidator(), id, answer, now);
    const lines = [`Feedback ${terminalSafe(item.id)} (${item.kind}) is now ${item.status}.`];
    lines.push(item.response ? `Response: ${terminalSafe(item.response)}` : 'No response text.');
    return `${lines.join('\n')}\n`;
  } catch (error) {
    if (error instanceof FeedbackNotFoundError || error instanceof InvalidFeedbackAnswerError) throw new CliError(error.message);
    throw error;
  }
}
