import { Link } from 'react-router';
import { describeDay, type AgendaMeeting } from '../../../shared/domain/agenda.ts';
import { useSession } from '../../app/session.store.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useNow } from '../../ui/useNow.ts';
import { formatTimeRange, MEETING_KIND_LABELS } from '../crm/labels.ts';
import { CompetitorList, StageBadge } from '../crm/StageBadge.tsx';
import { DemoWorkspaceOffer } from '../workspace/DemoWorkspaceOffer.tsx';
import { useIsWorkspaceEmpty } from '../workspace/useWorkspace.ts';
import { NextStepsDue } from './NextStepsDue.tsx';
import { useAgenda } from './useAgenda.ts';
import './today.css';

function MeetingRow({ item }: { item: AgendaMeeting }) {
  const { meeting } = item;
  const titleId = `meeting-${meeting.id}`;
  return (
    <li className="agenda-meeting" aria-labelledby={titleId}>
      <p className="agenda-time">{formatTimeRange(meeting.startsAt, meeting.endsAt)}</p>
      <div>
        <h3 id={titleId}>{meeting.title}</h3>
        <p>
          <Link to={`/accounts/${encodeURIComponent(meeting.accountId)}`}>{item.accountName}</Link> · {MEETING_KIND_LABELS[meeting.kind]}
          {meeting.location ? ` · ${meeting.location}` : ''}
        </p>
        <p className="agenda-deal">
          {item.stage ? <StageBadge stage={item.stage} /> : <span className="muted">No deal linked</span>}{' '}
          <CompetitorList competitors={item.competitors} />
        </p>
      </div>
      <Link className="button" to={`/meetings/${encodeURIComponent(meeting.id)}/brief`} aria-label={`Prepare: ${meeting.title}`}>
        Prepare
      </Link>
    </li>
  );
}

function Agenda({ agenda, now }: { agenda: ReturnType<typeof useAgenda>; now: number }) {
  return (
    <LoadState query={agenda}>
      {(days) =>
        days.length === 0 ? (
          <p>No meetings today or in the next 7 days.</p>
        ) : (
          days.map((day) => {
            const label = describeDay(day.start, now);
            return (
              <section key={day.start} aria-label={label} className="agenda-day">
                <h2>{label}</h2>
                <ul className="plain-list">
                  {day.meetings.map((item) => (
                    <MeetingRow key={item.meeting.id} item={item} />
                  ))}
                </ul>
              </section>
            );
          })
        )
      }
    </LoadState>
  );
}

export function TodayScreen() {
  // Both queries start at once: the agenda does not wait for the emptiness check.
  const isEmpty = useIsWorkspaceEmpty();
  const now = useNow();
  const agenda = useAgenda(now);
  const userId = useSession((s) => s.userId);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Today</h1>
      <LoadState query={isEmpty}>
        {(empty) =>
          empty ? (
            <DemoWorkspaceOffer />
          ) : (
            <div className="today-columns">
              <div>
                <Agenda agenda={agenda} now={now} />
              </div>
              <NextStepsDue ownerId={userId} />
            </div>
          )
        }
      </LoadState>
    </section>
  );
}
