import { describe, expect, it } from 'vitest';
import type { Store } from '../store/store.ts';
import { CliError } from './cli-errors.ts';
import { buildForecastReport, forecastReport, type ForecastReport } from './report-forecast.ts';
import { runCliOn, useDemoStores } from './store-for-tests.ts';

/** 25 November 2026: the demo deals closing within ~35 days are in 2026-Q4. */
const NOW = Date.UTC(2026, 10, 25, 12, 0);

const demo = useDemoStores(NOW);

async function json(store: Store, options: { quarter?: string; timeZone?: string } = {}): Promise<ForecastReport> {
  return JSON.parse(await forecastReport(store, { ...options, format: 'json', now: NOW })) as ForecastReport;
}

async function addDeal(store: Store, id: string, doc: Record<string, unknown>): Promise<void> {
  await store.writeDocuments('opportunities', [id], () => ({ writes: [{ id, ownerId: 'demo-rep-2', deleted: false, doc: { id, ownerId: 'demo-rep-2', ...doc } }], result: undefined }));
}

describe('report forecast', () => {
  it('defaults to the current quarter in UTC, per rep and for the team, with the default probabilities', async () => {
    const { store } = demo;
    const report = await json(store);
    expect(report).toMatchObject({ quarter: '2026-Q4', timeZone: 'UTC', settings: { updatedAt: null } });
    expect(report.reps.map((rep) => rep.email)).toEqual(['rep@demo.fieldcase', 'rep2@demo.fieldcase']);
    for (const category of ['commit', 'bestCase', 'pipeline'] as const) {
      for (const currency of ['EUR', 'GBP']) {
        const sum = report.reps.reduce((total, rep) => total + (rep.forecast.current[category].total[currency] ?? 0), 0);
        expect(report.team.current[category].total[currency] ?? 0, `${category} ${currency}`).toBe(sum);
      }
    }
    // Commit: Tamsin (EUR 95,000, won in October) and Halden (EUR 184,000, negotiation, closing in 12 days,
    // dated into the quarter this week).
    expect(report.reps[0]?.forecast.current.commit.total['EUR']).toBe(279_000);
    expect(report.reps[0]?.forecast.change.commit.total['EUR']).toBe(184_000);
    const halden = report.team.changes.find((change) => change.name.startsWith('Halden'));
    expect(halden?.closeDate).toMatchObject({ movedIn: true, movedOut: false });
    const aldermoor = report.team.changes.find((change) => change.name.startsWith('Aldermoor'));
    expect(aldermoor?.amount).toEqual({ from: 150_000, to: 168_000 });
  });

  it('weights by the probabilities the admin set', async () => {
    const { store } = demo;
    await store.setStageProbabilities({ negotiation: 0.5 }, NOW - 1_000);
    const report = await json(store);
    expect(report.settings.updatedAt).toBe(NOW - 1_000);
    expect(report.reps[0]?.forecast.current.commit.weighted['EUR']).toBe(95_000 + 92_000);
  });

  it('reads the quarter in the time zone asked for', async () => {
    const { store } = demo;
    const lateOnMarch31 = Date.UTC(2027, 2, 31, 22, 30);
    await addDeal(store, 'edge', { accountId: 'a', name: 'Edge', stage: 'negotiation', amount: 10, currency: 'CHF', closeDate: lateOnMarch31, competitors: [], stageHistory: [], createdAt: NOW - 30 * 86_400_000, updatedAt: NOW });
    const lisbon = await json(store, { quarter: '2027-Q1', timeZone: 'Europe/Lisbon' });
    const berlin = await json(store, { quarter: '2027-Q1', timeZone: 'Europe/Berlin' });
    expect(lisbon.team.current.commit.total['CHF']).toBe(10);
    expect(berlin.team.current.commit.total['CHF']).toBeUndefined();
  });

  it('says what it covers in Markdown, with a row per rep and currency and the team', async () => {
    const { store } = demo;
    const md = await forecastReport(store, { now: NOW });
    expect(md).toContain('# Forecast Q4 2026');
    expect(md).toContain('close dates read in UTC');
    expect(md).toContain('Stage probabilities the defaults (no admin has set them)');
    expect(md).toMatch(/^\| .+ \(rep@demo\.fieldcase\) \| EUR \| 95,000 \| 279,000 \| 233,000 \|/m);
    expect(md).toMatch(/^\| Team \| GBP \| 0 \| 0 \| 0 \| 96,000 \|/m);
    expect(md).toContain('## Changed since last week');
    expect(md).toMatch(/Aldermoor.*EUR 150,000 → 168,000/);
  });

  it('gives one CSV row per rep and currency, then the team', async () => {
    const { store } = demo;
    const csv = (await forecastReport(store, { format: 'csv', now: NOW })).trimEnd().split('\r\n');
    expect(csv[0]).toBe('quarter,time_zone,rep_id,rep_email,rep_name,currency,won,commit,commit_weighted,commit_change,best_case,best_case_weighted,best_case_change,pipeline,pipeline_weighted,pipeline_change,expected_close');
    expect(csv.filter((line) => line.includes(',team,'))).not.toHaveLength(0);
    expect(csv.every((line) => line.split(',').length === 17)).toBe(true);
  });

  it('leaves out and counts deals it cannot read, without failing', async () => {
    const { store } = demo;
    await addDeal(store, 'odd-1', { name: 7, stage: 'negotiation', amount: 'lots', currency: 'EUR', closeDate: NOW + 86_400_000, stageHistory: 'none', createdAt: NOW });
    await addDeal(store, 'odd-2', { stage: 'negotiation', amount: 5, currency: '__proto__', closeDate: NOW + 86_400_000, stageHistory: [null, 3, { stage: 'demo', at: 'x' }] });
    const report = await buildForecastReport(store, { now: NOW });
    expect(report.team.skipped).toBe(2);
    expect(await forecastReport(store, { now: NOW })).toContain('2 deals left out');
  });

  it.each([
    ['a malformed quarter', { quarter: '2026Q4' }, /--quarter must be written like 2026-Q4/],
    ['an unknown time zone', { timeZone: 'Mars/Base' }, /--time-zone must be an IANA time zone/],
    ['an unknown format', { format: 'xlsx' }, /unknown format/],
  ])('refuses %s', async (_, options, message) => {
    await expect(forecastReport(demo.store, { ...options, now: NOW })).rejects.toThrow(CliError);
    await expect(forecastReport(demo.store, { ...options, now: NOW })).rejects.toThrow(message);
  });

  it('runs from the command line', async () => {
    const run = await runCliOn(demo.temp, ['report', 'forecast', '--quarter', '2026-Q4', '--format', 'json'], NOW);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ForecastReport).quarter).toBe('2026-Q4');
  });
});
