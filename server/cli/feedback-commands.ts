/**
 * `feedback set-status ID STATUS [--response TEXT]` and `feedback answer ID --response TEXT`:
 * product's or marketing's answer to a feedback item, from a terminal. The same write as the
 * HTTP API (server/feedback), so the rep who logged the item sees the answer once their laptop
 * syncs, and an answer to a question asked from a kit joins that kit for every rep.
 */
import { createDocumentValidator } from '../../shared/schemas/validator.ts';
import type { KitFaqOutcome } from '../feedback/kit-faq.ts';
import {
  FeedbackNotFoundError,
  InvalidFeedbackAnswerError,
  parseFeedbackAnswer,
  setFeedbackStatus,
} from '../feedback/feedback-status.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './cli-errors.ts';
import { terminalSafe } from './text-format.ts';

const KIT_OUTCOMES: Record<KitFaqOutcome, ((kit: string) => string) | null> = {
  added: (kit) => `The answer joined the questions and answers of kit ${kit}; every rep gets it at their next sync.`,
  updated: (kit) => `The answer was updated in the questions and answers of kit ${kit}.`,
  removed: (kit) => `The question is no longer answered, so it left the questions and answers of kit ${kit}.`,
  unchanged: (kit) => `Kit ${kit} already shows this answer.`,
  no_kit: (kit) => `The question was asked from kit ${kit}, which does not exist (or was deleted): no kit shows the answer.`,
  kit_full: (kit) => `Kit ${kit} holds as many questions and answers as it can: this one was not added.`,
  none: null,
};

export async function setFeedbackStatusCommand(
  store: Store,
  id: string,
  status: string,
  response: string | undefined,
  now: number,
): Promise<string> {
  try {
    const answer = parseFeedbackAnswer({ status, response });
    const { feedback: item, kit } = await setFeedbackStatus(store, createDocumentValidator(), id, answer, now);
    const lines = [`Feedback ${terminalSafe(item.id)} (${item.kind}) is now ${item.status}.`];
    lines.push(item.response ? `Response: ${terminalSafe(item.response)}` : 'No response text.');
    const kitLine = kit ? KIT_OUTCOMES[kit.outcome] : null;
    if (kit && kitLine) lines.push(kitLine(terminalSafe(kit.id)));
    return `${lines.join('\n')}\n`;
  } catch (error) {
    if (error instanceof FeedbackNotFoundError || error instanceof InvalidFeedbackAnswerError) throw new CliError(error.message);
    throw error;
  }
}

/** `feedback answer ID --response TEXT`: status answered, with the text the rep reads. */
export async function answerFeedbackCommand(store: Store, id: string, response: string, now: number): Promise<string> {
  if (response.trim() === '') throw new CliError('feedback answer needs the answer\'s text: --response TEXT');
  return setFeedbackStatusCommand(store, id, 'answered', response, now);
}
