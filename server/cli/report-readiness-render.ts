/** The readiness report as Markdown (people) or CSV (spreadsheets); JSON is the report itself. */
import { toCsv, type CsvValue } from './csv.ts';
import type { ReadinessReport, ReadinessReportKit, ReadinessReportRep } from './report-readiness.ts';
import { formatUtcDate, formatUtcMinute } from './text-format.ts';

/** Stored names are typed by people: no control characters, no table breaks. */
function cell(value: string): string {
  return value.replace(/\p{Cc}/gu, '\uFFFD').replace(/\s+/g, ' ').replaceAll('|', '\\|');
}

function repLabel(rep: ReadinessReportRep): string {
  if (rep.name && rep.email) return `${rep.name} (${rep.email})`;
  return rep.email ?? rep.name ?? `${rep.id} (not a user)`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const date = (isoText: string | null) => (isoText === null ? '—' : formatUtcDate(Date.parse(isoText)));

function checkLabel(rep: ReadinessReportRep): string {
  const { check } = rep;
  if (!check.isRequired) return 'no check';
  if (check.passedAt !== null) return `passed ${date(check.passedAt)} (best ${percent(check.bestScore ?? 0)})`;
  return check.attempts > 0 ? `not passed (best ${percent(check.bestScore ?? 0)}, ${check.attempts} tries)` : 'not taken';
}

function statusLabel(rep: ReadinessReportRep): string {
  if (rep.isComplete) return rep.completedAt === null ? 'complete' : `complete ${date(rep.completedAt)}`;
  return rep.isOverdue ? '**overdue**' : 'in progress';
}

function kitSection(kit: ReadinessReportKit): string[] {
  const lines = [
    `## ${cell(kit.title)}`,
    '',
    `${cell(kit.product)} · due ${date(kit.dueDate)} · launch ${date(kit.launchDate)} · ${kit.requiredItemIds.length} required items, ` +
      `${kit.questions === 0 ? 'no knowledge check' : `a ${kit.questions}-question check (pass at ${percent(kit.passScore)})`}. ` +
      `${kit.completeCount} of ${kit.reps.length} reps complete.`,
    '',
  ];
  if (kit.missingItemIds.length > 0) lines.push(`Not published on the server: ${kit.missingItemIds.map(cell).join(', ')}.`, '');
  if (kit.reps.length === 0) return [...lines, '_No reps yet._', ''];
  lines.push('| Rep | Done | Knowledge check | Status |', '| --- | ---: | --- | --- |');
  for (const rep of kit.reps) lines.push(`| ${cell(repLabel(rep))} | ${rep.done} of ${rep.total} | ${checkLabel(rep)} | ${statusLabel(rep)} |`);
  return [...lines, ''];
}

export function renderReadinessMarkdown(report: ReadinessReport): string {
  const lines = ['# Launch readiness', '', `Generated ${formatUtcMinute(Date.parse(report.generatedAt))}.`, ''];
  if (report.kits.length === 0) lines.push('_No enablement kits published yet._', '');
  for (const kit of report.kits) lines.push(...kitSection(kit));
  return lines.join('\n');
}

const CSV_HEADER = [
  'kit_id',
  'kit_title',
  'product',
  'due_date',
  'rep_id',
  'rep_email',
  'rep_name',
  'done',
  'total',
  'check_attempts',
  'check_best_score',
  'check_passed_at',
  'complete',
  'completed_at',
  'overdue',
];

/** One row per rep per kit. */
export function renderReadinessCsv(report: ReadinessReport): string {
  const rows: CsvValue[][] = report.kits.flatMap((kit) =>
    kit.reps.map((rep) => [
      kit.id,
      kit.title,
      kit.product,
      kit.dueDate,
      rep.id,
      rep.email,
      rep.name,
      rep.done,
      rep.total,
      rep.check.attempts,
      rep.check.bestScore,
      rep.check.passedAt,
      rep.isComplete ? 'yes' : 'no',
      rep.completedAt,
      rep.isOverdue ? 'yes' : 'no',
    ]),
  );
  return toCsv([CSV_HEADER, ...rows]);
}
