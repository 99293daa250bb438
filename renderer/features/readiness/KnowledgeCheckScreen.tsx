import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { passScoreOf, scoreKnowledgeCheck, type CheckResult } from '../../../shared/domain/knowledge-check.ts';
import type { EnablementKit } from '../../../shared/schemas/index.ts';
import { useSession } from '../../app/session.store.ts';
import { recordKnowledgeCheck } from '../../db/repos/readiness.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { KitRoute } from './KitRoute.tsx';
import { kitPath, percent } from './readiness-labels.ts';
import './readiness.css';

function CheckResultView({ result, passScore, onRetake, kitId }: { result: CheckResult; passScore: number; onRetake(): void; kitId: string }) {
  // The form the rep was on is gone: the result's heading takes the focus, so keyboard and
  // screen-reader users land on it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="check-result-title" className="check-result">
      <h2 id="check-result-title" ref={heading} tabIndex={-1}>{result.isPassed ? 'Passed' : 'Not passed yet'}</h2>
      <p role="status">
        {result.correct} of {result.total} right ({percent(result.score ?? 0)});{' '}
        {result.isPassed ? 'the check counts towards your readiness.' : `${percent(passScore)} needed to pass.`}
      </p>
      {result.wrong.length > 0 && (
        <ul aria-label="What was wrong">
          {result.wrong.map((item) => (
            <li key={item.index}>
              <strong>{item.question}</strong>
              <br />
              {item.chosen === null ? 'Not answered.' : `You answered: ${item.chosen}.`} Right answer: {item.right}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={onRetake}>
          Retake the check
        </button>
        <Link to={kitPath(kitId)}>Back to the kit</Link>
      </div>
    </section>
  );
}

/** All questions on one form: radio groups move by arrow keys, Tab goes to the next question. */
function CheckForm({ kit }: { kit: EnablementKit }) {
  const db = useDatabase();
  const ownerId = useSession((s) => s.userId);
  const [answers, setAnswers] = useState<(number | undefined)[]>([]);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const passScore = passScoreOf(kit);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const left = kit.knowledgeCheck.filter((_, index) => answers[index] === undefined).length;
    if (left > 0) {
      setError(`Answer every question first: ${left} left.`);
      return;
    }
    const scored = scoreKnowledgeCheck(kit.knowledgeCheck, answers, passScore);
    if (scored.score === null) return;
    setError(null);
    recordKnowledgeCheck(db, { ownerId, kit, score: scored.score }).then(
      () => setResult(scored),
      (cause: unknown) => setError(`Your answers could not be recorded on this laptop: ${cause instanceof Error ? cause.message : String(cause)}`),
    );
  };

  const retake = () => {
    setAnswers([]);
    setResult(null);
    setAttempt((n) => n + 1);
  };

  if (result) return <CheckResultView result={result} passScore={passScore} onRetake={retake} kitId={kit.id} />;
  return (
    <form aria-label="Knowledge check" onSubmit={submit} className="knowledge-check">
      <p className="muted">
        {kit.knowledgeCheck.length} questions; {percent(passScore)} right to pass. You can retake it as often as you like.
      </p>
      {kit.knowledgeCheck.map((question, index) => (
        <fieldset key={`${attempt}-${index}`}>
          <legend>
            {index + 1}. {question.question}
          </legend>
          {question.choices.map((choice, choiceIndex) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={`question-${attempt}-${index}`}
                checked={answers[index] === choiceIndex}
                onChange={() =>
                  setAnswers((current) => {
                    const next = [...current];
                    next[index] = choiceIndex;
                    return next;
                  })
                }
              />{' '}
              {choice}
            </label>
          ))}
        </fieldset>
      ))}
      {error && <p role="alert">{error}</p>}
      <div className="actions">
        <button type="submit">Check my answers</button>
      </div>
    </form>
  );
}

export function KnowledgeCheckScreen() {
  const { kitId = '' } = useParams();
  return (
    <>
      <Link to={kitPath(kitId)} className="back">
        Back to the kit
      </Link>
      <KitRoute>
        {({ kit }) => (
          <section aria-labelledby="screen-title">
            <p className="eyebrow">Knowledge check · {kit.product}</p>
            <h1 id="screen-title">{kit.title}</h1>
            {kit.knowledgeCheck.length === 0 ? <p>This kit has no knowledge check.</p> : <CheckForm kit={kit} />}
          </section>
        )}
      </KitRoute>
    </>
  );
}
