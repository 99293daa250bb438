import { Link } from 'react-router';
import type { PreCallBrief } from '../../../shared/domain/brief.ts';
import { QualificationChecklist } from '../readiness/QualificationChecklist.tsx';
import { kitPath } from '../readiness/readiness-labels.ts';

/** The deal's product has a launch kit: who is a fit and who is not, to check on the call. */
export function QualificationSection({ brief }: { brief: PreCallBrief }) {
  if (brief.qualification.length === 0) return null;
  return (
    <section aria-labelledby="brief-qualification" className="brief-wide">
      <h2 id="brief-qualification">Qualification</h2>
      {brief.qualification.map((kit) => (
        <div key={kit.id}>
          <QualificationChecklist kit={kit} headingLevel={3} />
          <p className="muted">
            From the launch kit <Link to={kitPath(kit.id)}>{kit.title}</Link>.
          </p>
        </div>
      ))}
    </section>
  );
}
