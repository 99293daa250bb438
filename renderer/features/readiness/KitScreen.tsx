import { Link } from 'react-router';
import type { KitProgress as KitProgressData } from '../../db/repos/readiness.repo.ts';
import { useNow } from '../../ui/useNow.ts';
import { formatDate } from '../crm/labels.ts';
import { KitItems } from './KitItems.tsx';
import { KitProgress } from './KitProgress.tsx';
import { KitRoute } from './KitRoute.tsx';
import { KitQuestions } from './KitQuestions.tsx';
import { QualificationChecklist } from './QualificationChecklist.tsx';
import { checkPath, percent } from './readiness-labels.ts';
import './readiness.css';

function CheckSummary({ kit, readiness }: KitProgressData) {
  const { check } = readiness;
  if (!check.isRequired) return <p className="muted">This kit has no knowledge check.</p>;
  return (
    <>
      <p>
        {kit.knowledgeCheck.length} questions; {percent(check.passScore)} right to pass.{' '}
        {check.passedAt !== null
          ? `Passed ${formatDate(check.passedAt)} (best score ${percent(check.bestScore ?? 0)}).`
          : check.attempts > 0
            ? `Not passed yet: best score ${percent(check.bestScore ?? 0)} in ${check.attempts} ${check.attempts === 1 ? 'attempt' : 'attempts'}.`
            : 'Not taken yet.'}
      </p>
      <Link to={checkPath(kit.id)}>{check.attempts > 0 ? 'Retake the knowledge check' : 'Take the knowledge check'}</Link>
    </>
  );
}

function KitView({ progress, ownerId }: { progress: KitProgressData; ownerId: string }) {
  const now = useNow();
  const { kit, readiness } = progress;
  return (
    <article aria-labelledby="kit-title" className="kit-screen">
      <p className="eyebrow">Launch kit · {kit.product}</p>
      <h1 id="kit-title">{kit.title}</h1>
      <KitProgress kit={kit} readiness={readiness} now={now} />
      <section aria-labelledby="kit-items-title">
        <h2 id="kit-items-title">Required items</h2>
        <KitItems items={readiness.items} />
      </section>
      <section aria-labelledby="kit-check-title">
        <h2 id="kit-check-title">Knowledge check</h2>
        <CheckSummary kit={kit} readiness={readiness} />
      </section>
      <QualificationChecklist kit={kit} />
      <KitQuestions kit={kit} ownerId={ownerId} />
    </article>
  );
}

export function KitScreen() {
  return (
    <>
      <Link to="/readiness" className="back">
        All launch kits
      </Link>
      <KitRoute>{(progress, ownerId) => <KitView progress={progress} ownerId={ownerId} />}</KitRoute>
    </>
  );
}
