import { Link, useParams } from 'react-router';
import { formatMoney } from '../../../shared/domain/pipeline.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { formatDate, formatDateTime, MEETING_KIND_LABELS } from '../crm/labels.ts';
import { StageBadge } from '../crm/StageBadge.tsx';
import '../crm/crm.css';
import { ReadOnlyNotice } from '../team/ReadOnlyNotice.tsx';
import { useOwnership } from '../team/useOwnership.ts';
import { useAccountDetail } from './useAccounts.ts';

export function AccountScreen() {
  const { accountId = '' } = useParams();
  const detail = useAccountDetail(accountId);
  const encoded = encodeURIComponent(accountId);
  const ownershipOf = useOwnership();
  return (
    <>
      <Link to="/accounts" className="back">
        All accounts
      </Link>
      <LoadState query={detail}>
        {({ account, contacts, opportunities, meetings, notes }) =>
          account ? (
            <article aria-labelledby="screen-title">
              <p className="eyebrow">Account</p>
              <h1 id="screen-title">{account.name}</h1>
              <ReadOnlyNotice ownership={ownershipOf(account.ownerId)} what="account" />
              <p className="muted">{[account.industry, account.segment, account.city, account.country].filter(Boolean).join(' · ')}</p>
              <div className="toolbar">
                <Link className="button" to={`/accounts/${encoded}/brief`}>
                  Prepare brief
                </Link>
                {ownershipOf(account.ownerId).isMine && (
                  <>
                    <Link to={`/accounts/${encoded}/edit`}>Edit account</Link>
                    <Link to={`/accounts/${encoded}/opportunities/new`}>New opportunity</Link>
                  </>
                )}
              </div>
              {account.summary && <p>{account.summary}</p>}
              <div className="detail-grid">
                <section aria-labelledby="opps-title">
                  <h2 id="opps-title">Opportunities</h2>
                  {opportunities.length === 0 ? (
                    <p className="muted">No opportunities yet.</p>
                  ) : (
                    <ul className="plain-list">
                      {opportunities.map((o) => (
                        <li key={o.id}>
                          <Link to={`/opportunities/${encodeURIComponent(o.id)}`}>{o.name}</Link> <StageBadge stage={o.stage} />
                          {o.lead?.status === 'mql' && <span className="chips-inline"> MQL</span>}
                          <p className="muted">
                            {formatMoney(o.amount, o.currency ?? 'EUR')} · closes {formatDate(o.closeDate)}
                          </p>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
                <section aria-labelledby="contacts-title">
                  <h2 id="contacts-title">Contacts</h2>
                  {contacts.length === 0 ? (
                    <p className="muted">No contacts yet.</p>
                  ) : (
                    <ul className="plain-list">
                      {contacts.map((c) => (
                        <li key={c.id}>
                          <strong>{c.name}</strong>
                          {c.title ? `, ${c.title}` : ''}
                          <p className="muted">{[c.email, c.phone].filter(Boolean).join(' · ')}</p>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
                <section aria-labelledby="account-notes-title">
                  <h2 id="account-notes-title">Notes</h2>
                  {notes.length === 0 ? (
                    <p className="muted">No notes about this account yet.</p>
                  ) : (
                    <ul className="plain-list">
                      {notes.slice(0, 8).map((n) => (
                        <li key={n.id}>
                          <Link to={`/notes/${encodeURIComponent(n.id)}`}>{n.title || 'Untitled note'}</Link>
                          <p className="muted">{formatDateTime(n.updatedAt)}</p>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
                <section aria-labelledby="meetings-title">
                  <h2 id="meetings-title">Meetings</h2>
                  {meetings.length === 0 ? (
                    <p className="muted">No meetings on this laptop.</p>
                  ) : (
                    <ul className="plain-list">
                      {meetings.slice(0, 10).map((m) => (
                        <li key={m.id}>
                          <Link to={`/meetings/${encodeURIComponent(m.id)}/brief`}>{m.title}</Link>
                          <p className="muted">
                            {formatDateTime(m.startsAt)} · {MEETING_KIND_LABELS[m.kind]}
                          </p>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              </div>
            </article>
          ) : (
            <section aria-labelledby="screen-title">
              <h1 id="screen-title">Account not found</h1>
              <p>This account is not on this laptop. It may have been removed, or not synced yet.</p>
            </section>
          )
        }
      </LoadState>
    </>
  );
}
