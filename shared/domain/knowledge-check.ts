/**
 * Scoring a kit's knowledge check: the rep's chosen answer per question against the kit's right
 * answers. Pure, so the screen, the tests and any report score alike.
 */
import type { EnablementKit } from '../schemas/index.ts';

export type KnowledgeQuestion = EnablementKit['knowledgeCheck'][number];

/** Share of right answers needed to pass when a kit names none. */
export const DEFAULT_PASS_SCORE = 0.8;

/** A kit's pass mark: its own when it is a share between 0 and 1, else the default. */
export function passScoreOf(kit: Pick<EnablementKit, 'passScore'>): number {
  const score = kit.passScore;
  return typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 1 ? score : DEFAULT_PASS_SCORE;
}

/**
 * Shares are compared with a little room, so 4 of 5 (0.8 as a float) passes a pass mark of 0.8
 * however the division rounds.
 */
export function meetsPassScore(score: number, passScore: number): boolean {
  return Number.isFinite(score) && score + 1e-9 >= passScore;
}

export interface WrongAnswer {
  index: number;
  question: string;
  /** The choice the rep picked, or null when the question was left unanswered (or the answer was not a choice). */
  chosen: string | null;
  right: string;
}

export interface CheckResult {
  total: number;
  correct: number;
  /** correct / total, or null for a check with no questions (nothing to score). */
  score: number | null;
  isPassed: boolean;
  wrong: WrongAnswer[];
}

function isChoiceOf(question: KnowledgeQuestion, answer: unknown): answer is number {
  return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < question.choices.length;
}

/**
 * Scores answers given by question index. An answer that is missing, not a whole number, or not
 * one of the question's choices counts as wrong; answers past the last question are ignored.
 */
export function scoreKnowledgeCheck(
  questions: readonly KnowledgeQuestion[],
  answers: readonly unknown[],
  passScore = DEFAULT_PASS_SCORE,
): CheckResult {
  const wrong: WrongAnswer[] = [];
  questions.forEach((question, index) => {
    const answer = answers[index];
    if (isChoiceOf(question, answer) && answer === question.answerIndex) return;
    wrong.push({
      index,
      question: question.question,
      chosen: isChoiceOf(question, answer) ? (question.choices[answer] ?? null) : null,
      right: question.choices[question.answerIndex] ?? '',
    });
  });
  const total = questions.length;
  const correct = total - wrong.length;
  const score = total === 0 ? null : correct / total;
  return { total, correct, score, isPassed: score !== null && meetsPassScore(score, passScore), wrong };
}
