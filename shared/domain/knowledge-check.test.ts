import { describe, expect, it } from 'vitest';
import { DEFAULT_PASS_SCORE, meetsPassScore, passScoreOf, scoreKnowledgeCheck, type KnowledgeQuestion } from './knowledge-check.ts';

const questions: KnowledgeQuestion[] = [
  { question: 'Q1', choices: ['a', 'b', 'c'], answerIndex: 1 },
  { question: 'Q2', choices: ['a', 'b'], answerIndex: 0 },
  { question: 'Q3', choices: ['a', 'b', 'c', 'd'], answerIndex: 3 },
  { question: 'Q4', choices: ['a', 'b'], answerIndex: 1 },
  { question: 'Q5', choices: ['a', 'b'], answerIndex: 0 },
];

describe('scoreKnowledgeCheck', () => {
  it.each([
    { name: 'all right', answers: [1, 0, 3, 1, 0], correct: 5, score: 1, isPassed: true, wrong: [] },
    { name: 'four of five passes 0.8', answers: [1, 0, 3, 1, 1], correct: 4, score: 0.8, isPassed: true, wrong: [4] },
    { name: 'three of five fails', answers: [0, 0, 3, 1, 1], correct: 3, score: 0.6, isPassed: false, wrong: [0, 4] },
    { name: 'nothing answered', answers: [], correct: 0, score: 0, isPassed: false, wrong: [0, 1, 2, 3, 4] },
    { name: 'answers out of range count as wrong', answers: [7, -1, 4, 1, 0], correct: 2, score: 0.4, isPassed: false, wrong: [0, 1, 2] },
    { name: 'not whole numbers', answers: [1.5, '0', null, Number.NaN, 0], correct: 1, score: 0.2, isPassed: false, wrong: [0, 1, 2, 3] },
    { name: 'extra answers are ignored', answers: [1, 0, 3, 1, 0, 1, 1, 1], correct: 5, score: 1, isPassed: true, wrong: [] },
    { name: 'an answer left out', answers: [1, undefined, 3, 1, 0], correct: 4, score: 0.8, isPassed: true, wrong: [1] },
  ])('$name', ({ answers, correct, score, isPassed, wrong }) => {
    const result = scoreKnowledgeCheck(questions, answers);
    expect(result.total).toBe(5);
    expect(result.correct).toBe(correct);
    expect(result.score).toBeCloseTo(score, 10);
    expect(result.isPassed).toBe(isPassed);
    expect(result.wrong.map((item) => item.index)).toEqual(wrong);
  });

  it('says what was chosen and what was right', () => {
    const result = scoreKnowledgeCheck(questions, [2, 9]);
    expect(result.wrong[0]).toEqual({ index: 0, question: 'Q1', chosen: 'c', right: 'b' });
    expect(result.wrong[1]).toEqual({ index: 1, question: 'Q2', chosen: null, right: 'a' });
  });

  it('has no score for a kit with no questions, and does not pass it', () => {
    expect(scoreKnowledgeCheck([], [0, 1])).toEqual({ total: 0, correct: 0, score: null, isPassed: false, wrong: [] });
  });

  it('tolerates a right answer that points past the choices (a broken kit) by never matching it', () => {
    const broken: KnowledgeQuestion[] = [{ question: 'Broken', choices: ['a', 'b'], answerIndex: 5 }];
    const result = scoreKnowledgeCheck(broken, [5]);
    expect(result.correct).toBe(0);
    expect(result.wrong[0]).toMatchObject({ chosen: null, right: '' });
  });

  it('uses the pass mark it is given', () => {
    expect(scoreKnowledgeCheck(questions, [1, 0, 3, 0, 1], 0.6).isPassed).toBe(true);
    expect(scoreKnowledgeCheck(questions, [1, 0, 3, 1, 0], 1).isPassed).toBe(true);
    expect(scoreKnowledgeCheck(questions, [1, 0, 3, 1, 1], 1).isPassed).toBe(false);
  });
});

describe('passScoreOf', () => {
  it.each([
    { passScore: undefined, expected: DEFAULT_PASS_SCORE },
    { passScore: 0.5, expected: 0.5 },
    { passScore: 0, expected: 0 },
    { passScore: 1, expected: 1 },
    { passScore: 1.5, expected: DEFAULT_PASS_SCORE },
    { passScore: -0.1, expected: DEFAULT_PASS_SCORE },
    { passScore: Number.NaN, expected: DEFAULT_PASS_SCORE },
  ])('$passScore → $expected', ({ passScore, expected }) => {
    expect(passScoreOf(passScore === undefined ? {} : { passScore })).toBe(expected);
  });
});

describe('meetsPassScore', () => {
  it.each([
    { score: 4 / 5, passScore: 0.8, expected: true },
    { score: 7 / 10, passScore: 0.7, expected: true },
    { score: 0.79, passScore: 0.8, expected: false },
    { score: Number.NaN, passScore: 0, expected: false },
  ])('$score against $passScore', ({ score, passScore, expected }) => {
    expect(meetsPassScore(score, passScore)).toBe(expected);
  });
});
