import { Link } from 'react-router';
import { formatMoney } from '../../../shared/domain/pipeline.ts';
import type { PreCallBrief } from '../../../shared/domain/brief.ts';
import { formatBytes } from '../../ui/format-bytes.ts';
import { formatDate } from '../crm/labels.ts';
import { CompetitorList, StageBadge } from '../crm/StageBadge.tsx';
import { QualificationSection } from './BriefQualification.tsx';

const ROLE_LABELS = { champion: 'Champion', decision_maker: 'Decision maker', influencer: 'Influencer', user: 'User', blocker: 'Blocker', other: 'Other' } as const;

function excerpt(text: string, max = 220): string {
  const plain = text.replace(/[#*_>`-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

export function AccountSection({ brief }: { brief: PreCallBrief }) {
  const { account, contacts } = brief;
  return (
    <section aria-labelledby="brief-account">
      <h2 id="brief-account">Account</h2>
      <p>
        {[account.industry, account.segment, [account.city, account.country].filter(Boolean).join(', ')].filter(Boolean).join(' · ')}
      </p>
      {account.summary ? <p>{account.summary}</p> : <p className="muted">No summary yet.</p>}
      <h3>Contacts</h3>
      {contacts.length === 0 ? (
        <p className="muted">No contacts on this laptop.</p>
      ) : (
        <ul className="plain-list">
          {contacts.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>
              {c.title ? `, ${c.title}` : ''}
              {c.role ? <span className="muted"> · {ROLE_LABELS[c.role]}</span> : null}
              {c.notes ? <p className="muted">{c.notes}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function DealSection({ brief }: { brief: PreCallBrief }) {
  const { opportunity } = brief;
  return (
    <section aria-labelledby="brief-deal">
      <h2 id="brief-deal">Open opportunity</h2>
      {opportunity ? (
        <>
          <p>
            <Link to={`/opportunities/${encodeURIComponent(opportunity.id)}`}>{opportunity.name}</Link>
          </p>
          <dl className="facts">
            <dt>Stage</dt>
            <dd>
              <StageBadge stage={opportunity.stage} />
            </dd>
            <dt>Amount</dt>
            <dd>{formatMoney(opportunity.amount, opportunity.currency ?? 'EUR')}</dd>
            <dt>Close date</dt>
            <dd>{formatDate(opportunity.closeDate)}</dd>
            <dt>Competitors</dt>
            <dd>
              <CompetitorList competitors={opportunity.competitors} />
            </dd>
          </dl>
        </>
      ) : (
        <p className="muted">No open opportunity at this account.</p>
      )}
    </section>
  );
}

export function NotesSection({ brief }: { brief: PreCallBrief }) {
  return (
    <section aria-labelledby="brief-notes">
      <h2 id="brief-notes">Last notes</h2>
      {brief.lastNotes.length === 0 ? (
        <p className="muted">No notes from this account yet.</p>
      ) : (
        <ul className="plain-list">
          {brief.lastNotes.map((note) => (
            <li key={note.id}>
              <Link to={`/notes/${encodeURIComponent(note.id)}`}>{note.title || 'Untitled note'}</Link>{' '}
              <span className="muted">{formatDate(note.updatedAt)}</span>
              <p>{excerpt(note.body)}</p>
            </li>
          ))}
        </ul>
      )}
      <h3>Open next steps</h3>
      {brief.openNextSteps.length === 0 ? (
        <p className="muted">None open.</p>
      ) : (
        <ul className="plain-list">
          {brief.openNextSteps.map((step) => (
            <li key={`${step.noteId}:${step.id}`}>
              {step.text} <span className="muted">{step.dueAt === null ? 'no due date' : `due ${formatDate(step.dueAt)}`}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function FieldSection({ brief }: { brief: PreCallBrief }) {
  return (
    <section aria-labelledby="brief-field">
      <h2 id="brief-field">Objections and competitor mentions</h2>
      {brief.objections.length === 0 ? (
        <p className="muted">No objections logged at this account.</p>
      ) : (
        <ul className="plain-list">
          {brief.objections.map((o) => (
            <li key={o.id}>
              “{o.text}” <span className="muted">{[o.competitor, formatDate(o.at)].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
      {brief.competitorMentions.length > 0 && (
        <p>
          Mentioned:{' '}
          {brief.competitorMentions.map((m, i) => (
            <span key={m.competitor}>
              {i > 0 ? ', ' : ''}
              {m.competitor} ({m.mentions}×)
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

function quickReviewLink(brief: PreCallBrief): string {
  const params = new URLSearchParams({ competitors: brief.competitorsInPlay.join(',') });
  if (brief.meeting) params.set('meeting', brief.meeting.id);
  return `/battle-cards/review?${params.toString()}`;
}

export function CardsSection({ brief }: { brief: PreCallBrief }) {
  return (
    <section aria-labelledby="brief-cards" className="brief-wide">
      <h2 id="brief-cards">Battle cards</h2>
      {brief.competitorsInPlay.length === 0 && <p className="muted">No competitor in play.</p>}
      {brief.battleCards.length > 0 && (
        <p>
          <Link to={quickReviewLink(brief)}>Quick review these cards</Link>
        </p>
      )}
      <ul className="plain-list brief-cards">
        {brief.battleCards.map((card) => (
          <li key={card.id} aria-label={`Battle card: ${card.title}`}>
            <p className="eyebrow">{card.competitor}</p>
            <Link to={`/battle-cards/${encodeURIComponent(card.id)}`}>{card.title}</Link>
            <p>{card.summary}</p>
            {card.objections.slice(0, 2).map((o) => (
              <p key={o.objection} className="muted">
                If they say “{o.objection}”…
              </p>
            ))}
          </li>
        ))}
      </ul>
      {brief.competitorsWithoutCard.length > 0 && <p className="muted">No battle card on this laptop for: {brief.competitorsWithoutCard.join(', ')}.</p>}
    </section>
  );
}

export function ContentSection({ brief }: { brief: PreCallBrief }) {
  const script = brief.demoScript;
  const plannedMinutes = script ? Math.round(script.steps.reduce((sum, s) => sum + s.durationSec, 0) / 60) : 0;
  return (
    <section aria-labelledby="brief-content">
      <h2 id="brief-content">Collateral and demo</h2>
      <h3>Recommended collateral</h3>
      {brief.collateral.length === 0 ? (
        <p className="muted">Nothing matches this deal’s stage and product.</p>
      ) : (
        <ul className="plain-list">
          {brief.collateral.map((item) => (
            <li key={item.id}>
              <Link to={`/collateral?item=${encodeURIComponent(item.id)}`}>{item.title}</Link>{' '}
              <span className="muted">
                {item.fileName} · {formatBytes(item.size)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Demo script</h3>
      {script ? (
        <p>
          <Link to={`/demo-scripts/${encodeURIComponent(script.id)}`}>{script.title}</Link>{' '}
          <span className="muted">
            for {script.persona}, {script.steps.length} steps, about {plannedMinutes} min
          </span>
        </p>
      ) : (
        <p className="muted">No demo script for this deal’s product.</p>
      )}
    </section>
  );
}

export function BriefBody({ brief }: { brief: PreCallBrief }) {
  return (
    <div className="detail-grid brief">
      <DealSection brief={brief} />
      <QualificationSection brief={brief} />
      <AccountSection brief={brief} />
      <NotesSection brief={brief} />
      <FieldSection brief={brief} />
      <CardsSection brief={brief} />
      <ContentSection brief={brief} />
    </div>
  );
}

