/**
 * How an answer to a rep's question joins the kit it was asked from: the kit's FAQ holds one
 * entry per answered question (keyed by the feedback id), so re-answering updates the entry and
 * never duplicates it, and withdrawing the answer (another status, or no response) removes it.
 * Pure: feedback-status.ts writes the result in the same transaction as the answer.
 */
import type { EnablementKit, Feedback } from '../../shared/schemas/index.ts';

export type KitFaqOutcome =
  /** The answer joined the kit's questions and answers. */
  | 'added'
  | 'updated'
  /** The answer was withdrawn, so its entry left the kit. */
  | 'removed'
  | 'unchanged'
  /** The kit does not exist (or was deleted): the feedback is answered all the same. */
  | 'no_kit'
  /** The kit holds as many questions and answers as it can. */
  | 'kit_full'
  /** Not a question from a kit, or nothing for the kit to show. */
  | 'none';

type FaqEntry = EnablementKit['faq'][number];

/** Limits of the kit schema: an FAQ question is shorter than a feedback text may be. */
export const FAQ_QUESTION_MAX_CHARS = 2_000;
export const FAQ_MAX_ENTRIES = 500;

export function faqQuestion(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= FAQ_QUESTION_MAX_CHARS ? trimmed : `${trimmed.slice(0, FAQ_QUESTION_MAX_CHARS - 1)}…`;
}

/** The kit a feedback item's answer belongs to, if any. */
export function kitIdOf(feedback: Record<string, unknown>): string | null {
  return feedback['kind'] === 'question' && typeof feedback['kitId'] === 'string' ? feedback['kitId'] : null;
}

/** The kit's FAQ after `feedback` (as now answered), or the reason it stays as it is. */
export function nextFaq(faq: readonly FaqEntry[], feedback: Feedback, now: number): { faq: FaqEntry[]; outcome: KitFaqOutcome } {
  const index = faq.findIndex((entry) => entry.feedbackId === feedback.id);
  const isAnswered = feedback.status === 'answered' && typeof feedback.response === 'string' && feedback.response !== '';
  if (!isAnswered || feedback.response === undefined) {
    return index === -1 ? { faq: [...faq], outcome: 'none' } : { faq: faq.filter((_, i) => i !== index), outcome: 'removed' };
  }
  const question = faqQuestion(feedback.text);
  const current = faq[index];
  if (current && current.question === question && current.answer === feedback.response) return { faq: [...faq], outcome: 'unchanged' };
  const entry: FaqEntry = { question, answer: feedback.response, feedbackId: feedback.id, answeredAt: now };
  if (current) return { faq: faq.map((item, i) => (i === index ? entry : item)), outcome: 'updated' };
  if (faq.length >= FAQ_MAX_ENTRIES) return { faq: [...faq], outcome: 'kit_full' };
  return { faq: [...faq, entry], outcome: 'added' };
}
