import type { MeetingKind } from '../../../shared/schemas/index.ts';

export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, string>> = {
  visit: 'On-site visit',
  call: 'Phone call',
  video: 'Video call',
  demo: 'Demo',
};

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const date = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function formatTime(at: number): string {
  return time.format(at);
}

export function formatDate(at: number): string {
  return date.format(at);
}

export function formatDateTime(at: number): string {
  return dateTime.format(at);
}

export function formatTimeRange(startsAt: number, endsAt: number | undefined): string {
  return endsAt === undefined ? formatTime(startsAt) : `${formatTime(startsAt)}–${formatTime(endsAt)}`;
}
