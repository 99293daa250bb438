import { memo } from 'react';
import type { CallNote } from '../../../shared/schemas/index.ts';
import { QualificationChecklist } from './QualificationChecklist.tsx';
import { useQualificationForDeal } from './useReadiness.ts';
import './readiness.css';

function DealChecklist({ opportunityId }: { opportunityId: string }) {
  const kits = useQualificationForDeal(opportunityId);
  if (kits.status !== 'ready' || kits.data.length === 0) return null;
  return (
    <aside aria-label="Qualification checklist" className="note-qualification">
      {kits.data.map((kit) => (
        <QualificationChecklist key={kit.id} kit={kit} headingLevel={3} />
      ))}
    </aside>
  );
}

/**
 * Beside a Discovery note about a deal whose product has a launch kit: who is a fit and who is
 * not, to qualify the deal while taking the note. Nothing for other notes. Memoised on the stored
 * note, so typing in the note never re-renders it.
 */
export const NoteQualification = memo(function NoteQualification({ note }: { note: Pick<CallNote, 'template' | 'opportunityId'> }) {
  if (note.template !== 'discovery' || !note.opportunityId) return null;
  return <DealChecklist opportunityId={note.opportunityId} />;
});
