import type { EnablementKit } from '../../../shared/schemas/index.ts';

/**
 * Who is a fit for a launch's offering and who is not: on the kit, in the pre-call brief and
 * beside Discovery notes when the deal concerns the kit's product.
 */
export function QualificationChecklist({ kit, headingLevel = 2 }: { kit: Pick<EnablementKit, 'id' | 'product' | 'qualification'>; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `qualification-${kit.id}`;
  const { fit, notFit } = kit.qualification;
  return (
    <section aria-labelledby={headingId} className="qualification">
      <Heading id={headingId}>Qualification: {kit.product}</Heading>
      {fit.length === 0 && notFit.length === 0 ? (
        <p className="muted">No qualification criteria in this kit.</p>
      ) : (
        <div className="qualification-lists">
          <div>
            <p className="qualification-label">A fit</p>
            <ul aria-label={`A fit for ${kit.product}`}>
              {fit.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          <div>
            <p className="qualification-label">Not a fit</p>
            <ul aria-label={`Not a fit for ${kit.product}`}>
              {notFit.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
