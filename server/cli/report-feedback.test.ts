import { describe, expect, it } from 'vitest';
import { FEEDBACK_KINDS } from '../../shared/schemas/index.ts';
import { CliError } from './cli-errors.ts';
import { collectFeedback, parseSinceDate, type FeedbackSummary } from './report-feedback.ts';
import { feedbackReport } from './report-render.ts';
import { useDemoStores } from './store-for-tests.ts';

/** The demo clock places feedback 1–5 days before this, in UTC: June 7, 9 and 11 (twice), 2025. */
const NOW = Date.UTC(2025, 5, 12, 12, 0);

const demo = useDemoStores(NOW);

async function addFeedback(id: string, fields: Record<string, unknown>, deleted = false): Promise<void> {
  const doc = { id, ownerId: 'demo-rep-2', kind: 'other', status: 'received', text: 'x', createdAt: NOW - 1_000, updatedAt: NOW - 1_000, ...fields };
  await demo.store.writeDocuments('feedback', [id], () => ({ writes: [{ id, ownerId: 'demo-rep-2', deleted, doc }], result: undefined }));
}

/** A strict RFC 4180 reader, so the test checks what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') isQuoted = false;
      else cell += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  expect(isQuoted).toBe(false);
  expect(cell).toBe('');
  return rows;
}

describe('report feedback', () => {
  it('summarizes the seeded feedback in Markdown', async () => {
    const report = await feedbackReport(demo.store, { now: NOW });
    expect(report).toContain('# Field feedback\n\n4 items, all time. Generated 2025-06-12 12:00 UTC.');
    expect(report).toContain('| Kind | Items |\n| --- | ---: |\n| Feature request | 1 |\n| Objection | 1 |\n| Competitor mention | 1 |\n| Question | 1 |\n');
    expect(report).toContain('| Status | Items |\n| --- | ---: |\n| Received | 1 |\n| Planned | 1 |\n| Answered | 2 |\n');
    expect(report).toContain('| Competitor | Items |\n| --- | ---: |\n| Loomwise | 1 |\n| Quantrel | 1 |\n');
    expect(report).toContain('| Beacon Analytics | 2 |');
    expect(report).toContain('### Objection\n\n> Halden procurement used Quantrel’s new “Quantrel Live”');
    expect(report).toContain('> — demo-acct-halden-cold-chain · Quantrel · Beacon Analytics · 2025-06-07 · answered');
    expect(report).not.toContain('Praise');
  });

  it('shows case study leads as their own kind, with the note they came from', async () => {
    await addFeedback('fb-story', { kind: 'case_study_lead', text: 'Hallvik cut scrap by 18%', noteId: 'note-hallvik', accountId: 'acct-hallvik' });
    const report = await feedbackReport(demo.store, { now: NOW });
    expect(report).toContain('| Case study lead | 1 |');
    expect(report).toContain('### Case study lead\n\n> Hallvik cut scrap by 18%\n>\n> — acct-hallvik');
    const rows = parseCsv(await feedbackReport(demo.store, { now: NOW, format: 'csv' }));
    const header = rows[0] ?? [];
    const row = rows.find((cells) => cells[0] === 'fb-story') ?? [];
    expect(row[header.indexOf('kind')]).toBe('case_study_lead');
    expect(row[header.indexOf('note_id')]).toBe('note-hallvik');
  });

  it('shows at most three recent quotes per kind, "—" without an account, and no terminal escapes', async () => {
    for (const day of [1, 2, 3, 4]) await addFeedback(`praise-${day}`, { kind: 'praise', text: `Loved it, day ${day}\u001b[2J`, createdAt: NOW - day * 3_600_000 });
    const report = await feedbackReport(demo.store, { now: NOW });
    const praise = report.slice(report.indexOf('### Praise'));
    expect(praise.match(/^> Loved it/gm)).toHaveLength(3);
    expect(praise).toContain('> Loved it, day 1\uFFFD[2J');
    expect(praise).not.toContain('day 4');
    expect(praise).toContain('> — — · 2025-06-12 · received');
    expect(report).not.toContain('\u001b');
  });

  it('writes one CSV row per item, escaped and safe to open in a spreadsheet', async () => {
    await addFeedback('fb-hostile', {
      kind: 'feature_request',
      text: '=HYPERLINK("http://evil.example","click"), then\n"quoted", and more',
      competitor: '+Quantrel',
      product: '@Beacon',
      accountId: 'acct-1',
      response: '-1 for now',
    });
    const csv = await feedbackReport(demo.store, { format: 'csv', now: NOW });
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(['id', 'created_at', 'updated_at', 'kind', 'status', 'competitor', 'product', 'account_id', 'note_id', 'owner', 'text', 'response']);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual([
      'fb-hostile',
      '2025-06-12T11:59:59.000Z',
      '2025-06-12T11:59:59.000Z',
      'feature_request',
      'received',
      "'+Quantrel",
      "'@Beacon",
      'acct-1',
      '',
      'rep2@demo.fieldcase',
      '\'=HYPERLINK("http://evil.example","click"), then\n"quoted", and more',
      "'-1 for now",
    ]);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""click""), then\n""quoted"", and more"');
    expect(rows.map((row) => row[9])).toContain('rep@demo.fieldcase');
  });

  it('returns the summary object as JSON, with every kind and status counted', async () => {
    const summary = JSON.parse(await feedbackReport(demo.store, { format: 'json', since: '2025-06-09', now: NOW })) as FeedbackSummary;
    expect(summary).toMatchObject({ generatedAt: '2025-06-12T12:00:00.000Z', since: '2025-06-09', total: 3 });
    expect(summary.byKind.map((count) => count.name)).toEqual([...FEEDBACK_KINDS]);
    expect(summary.byKind.find((count) => count.name === 'objection')?.count).toBe(0);
    expect(summary.byCompetitor).toEqual([{ name: 'Loomwise', count: 1 }]);
    expect(summary.quotes.map((group) => group.kind)).toEqual(['feature_request', 'competitor_mention', 'question']);
    expect(summary.quotes[0]?.items[0]).toMatchObject({ accountId: 'demo-acct-brightwater-utilities', status: 'planned', createdAt: '2025-06-11T11:00:00.000Z' });
  });

  it('filters by --since (a UTC day, inclusive) and skips deleted items', async () => {
    await addFeedback('fb-deleted', { kind: 'praise', createdAt: NOW }, true);
    const count = async (since?: string) => (await collectFeedback(demo.store, since === undefined ? {} : { since: parseSinceDate(since) })).length;
    expect(await count()).toBe(4);
    expect(await count('2025-06-07')).toBe(4);
    expect(await count('2025-06-08')).toBe(3);
    expect(await count('2025-06-10')).toBe(2);
    expect(await count('2025-06-12')).toBe(0);
    const csv = await feedbackReport(demo.store, { format: 'csv', since: '2025-06-10' });
    expect(parseCsv(csv)).toHaveLength(3);
    expect(csv).not.toContain('fb-deleted');
  });

  it('pages through the whole collection, newest first', async () => {
    for (let i = 0; i < 5; i += 1) await addFeedback(`fb-extra-${i}`, { createdAt: NOW - 10 * 86_400_000 - i });
    const items = await collectFeedback(demo.store, { pageSize: 2 });
    expect(items).toHaveLength(9);
    expect(items.map((item) => item.createdAt)).toEqual([...items.map((item) => item.createdAt)].sort((a, b) => b - a));
  });

  it.each(['2025-13-01', '2025-02-29', '2025-6-1', '12/06/2025', 'yesterday', '2025-06-01T00:00', ''])('refuses --since %j', async (since) => {
    await expect(feedbackReport(demo.store, { since })).rejects.toThrow(/--since must be a date written YYYY-MM-DD/);
  });

  it('accepts a real leap day and refuses an unknown format', async () => {
    expect(parseSinceDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    await expect(feedbackReport(demo.store, { format: 'xlsx' })).rejects.toThrow(CliError);
    await expect(feedbackReport(demo.store, { format: 'xlsx' })).rejects.toThrow('unknown format "xlsx" (use one of: md, csv, json)');
  });
});
