import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../shared/schemas/index.ts';
import { CliError } from './cli-errors.ts';
import { buildReadinessReport, readinessReport, type ReadinessReport } from './report-readiness.ts';
import { runCliOn, useDemoStores } from './store-for-tests.ts';

const NOW = Date.UTC(2025, 5, 12, 12, 0);
const KIT = 'demo-kit-forecast-launch';
const DAY = 86_400_000;

const demo = useDemoStores(NOW);

async function put(collection: CollectionName, id: string, ownerId: string | null, doc: Record<string, unknown>, deleted = false): Promise<void> {
  await demo.store.writeDocuments(collection, [id], () => ({ writes: [{ id, ownerId, deleted, doc: { id, ...doc } }], result: undefined }));
}

let counter = 0;
async function activity(ownerId: string, kind: string, subjectId: string, at: number, extra: Record<string, unknown> = {}): Promise<void> {
  counter += 1;
  const id = `test-activity-${counter}`;
  await put('activities', id, ownerId, { ownerId, kind, subjectId, at, createdAt: at, updatedAt: at, ...extra });
}

/** Sam (demo-rep-2) does everything the Forecast kit asks: the card, both collateral items, a rehearsal, the check. */
async function completeKitAsSam(): Promise<void> {
  await activity('demo-rep-2', 'card_reviewed', 'demo-card-quantrel', NOW - 5 * DAY);
  await activity('demo-rep-2', 'collateral_opened', 'demo-coll-forecast-launch-deck', NOW - 4 * DAY);
  await activity('demo-rep-2', 'collateral_opened', 'demo-coll-price-list', NOW - 4 * DAY);
  await activity('demo-rep-2', 'demo_rehearsed', 'demo-script-forecast-first-look', NOW - 3 * DAY);
  await activity('demo-rep-2', 'knowledge_check', KIT, NOW - 2 * DAY, { score: 0.5 });
  await activity('demo-rep-2', 'knowledge_check', KIT, NOW - DAY, { score: 1 });
}

async function json(options: { kitId?: string; now?: number } = {}): Promise<ReadinessReport> {
  return JSON.parse(await readinessReport(demo.store, { ...options, format: 'json', now: options.now ?? NOW })) as ReadinessReport;
}

describe('report readiness', () => {
  it('lists each rep on the seeded kit in Markdown: Riley reviewed an older Quantrel card, which does not count; Sam nothing yet', async () => {
    const md = await readinessReport(demo.store, { now: NOW });
    expect(md).toContain('# Launch readiness');
    expect(md).toContain('## Beacon Forecast launch: field readiness');
    expect(md).toContain('Beacon Forecast · due 2025-06-22 · launch 2025-06-26 · 4 required items, a 4-question check (pass at 80%). 0 of 2 reps complete.');
    expect(md).toContain('| Riley Morgan (rep@demo.fieldcase) | 0 of 5 | not taken | in progress |');
    expect(md).toContain('| Sam Okafor (rep2@demo.fieldcase) | 0 of 5 | not taken | in progress |');
    expect(md).not.toContain('Jordan Lee');
  });

  it('counts a rehearsal but not a customer demo, the best check score, and dates the completion', async () => {
    await completeKitAsSam();
    await activity('demo-rep', 'demo_played', 'demo-script-forecast-first-look', NOW - DAY);
    const [kit] = (await json()).kits;
    const riley = kit?.reps.find((rep) => rep.id === 'demo-rep');
    const sam = kit?.reps.find((rep) => rep.id === 'demo-rep-2');
    expect(riley).toMatchObject({ done: 0, total: 5, isComplete: false });
    expect(sam).toMatchObject({
      name: 'Sam Okafor',
      done: 5,
      isComplete: true,
      completedAt: new Date(NOW - DAY).toISOString(),
      check: { isRequired: true, attempts: 2, bestScore: 1, passedAt: new Date(NOW - DAY).toISOString() },
    });
    expect(kit?.completeCount).toBe(1);
  });

  it('counts a review only of the current version of an item, and says which older one was seen', async () => {
    // The seeded Quantrel card is at v4, published 12 days before NOW; Riley's seeded review saw v3.
    const quantrel = (rep: ReadinessReport['kits'][number]['reps'][number] | undefined) => rep?.items.find((item) => item.id === 'demo-card-quantrel');
    let [kit] = (await json()).kits;
    expect(quantrel(kit?.reps.find((rep) => rep.id === 'demo-rep'))).toMatchObject({ version: 4, doneAt: null, outdated: { version: 3 } });

    await activity('demo-rep-2', 'card_reviewed', 'demo-card-quantrel', NOW - 13 * DAY);
    await activity('demo-rep-2', 'collateral_opened', 'demo-coll-price-list', NOW - DAY, { subjectVersion: 0 });
    [kit] = (await json()).kits;
    const sam = kit?.reps.find((rep) => rep.id === 'demo-rep-2');
    expect(sam?.done).toBe(0);
    expect(quantrel(sam)).toMatchObject({ doneAt: null, outdated: { at: new Date(NOW - 13 * DAY).toISOString(), version: null } });

    await activity('demo-rep', 'card_reviewed', 'demo-card-quantrel', NOW - DAY, { subjectVersion: 4 });
    await activity('demo-rep-2', 'card_reviewed', 'demo-card-quantrel', NOW - 2 * DAY);
    [kit] = (await json()).kits;
    expect(quantrel(kit?.reps.find((rep) => rep.id === 'demo-rep'))).toMatchObject({ doneAt: new Date(NOW - DAY).toISOString(), outdated: null });
    expect(kit?.reps.map((rep) => [rep.id, rep.done])).toEqual([
      ['demo-rep', 1],
      ['demo-rep-2', 1],
    ]);
  });

  it('says who is overdue once the due date has passed', async () => {
    const md = await readinessReport(demo.store, { now: NOW + 30 * DAY });
    expect(md).toContain('| Sam Okafor (rep2@demo.fieldcase) | 0 of 5 | not taken | **overdue** |');
  });

  it('writes one CSV row per rep per kit, safe to open in a spreadsheet', async () => {
    await put('enablement_kits', 'kit-hostile', null, {
      title: '=HYPERLINK("http://evil.example")', product: 'X', launchDate: NOW, dueDate: NOW, requiredItemIds: [],
      qualification: { fit: [], notFit: [] }, knowledgeCheck: [], faq: [], version: 1, publishedAt: NOW, updatedAt: NOW,
    });
    const csv = await readinessReport(demo.store, { format: 'csv', now: NOW });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('kit_id,kit_title,product,due_date,rep_id,rep_email,rep_name,done,total,check_attempts,check_best_score,check_passed_at,complete,completed_at,overdue');
    expect(lines).toHaveLength(1 + 2 * 2);
    expect(lines.find((line) => line.startsWith('kit-hostile,demo-rep,') || line.startsWith('kit-hostile,'))).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(lines).toContain(`${KIT},Beacon Forecast launch: field readiness,Beacon Forecast,${new Date(NOW + 10 * DAY + 5 * 3_600_000).toISOString()},demo-rep-2,rep2@demo.fieldcase,Sam Okafor,0,5,0,,,no,,no`);
  });

  it('keeps to one kit with --kit, and refuses a kit that is not there, naming the ones that are', async () => {
    await put('enablement_kits', 'kit-other', null, {
      title: 'Other', product: 'X', launchDate: NOW, dueDate: NOW, requiredItemIds: [], qualification: { fit: [], notFit: [] },
      knowledgeCheck: [], faq: [], version: 1, publishedAt: NOW, updatedAt: NOW,
    });
    expect((await json({ kitId: 'kit-other' })).kits.map((kit) => kit.id)).toEqual(['kit-other']);
    await expect(readinessReport(demo.store, { kitId: 'nope', now: NOW })).rejects.toThrow(CliError);
    await expect(readinessReport(demo.store, { kitId: 'nope', now: NOW })).rejects.toThrow(`no kit with id "nope" (kits: ${KIT}, kit-other)`);
  });

  it('reports unpublished items as missing, skips deleted kits, keeps odd documents from crashing it', async () => {
    await put('enablement_kits', 'kit-gone', null, { title: 'Withdrawn' }, true);
    await put('enablement_kits', 'kit-odd', null, {
      title: 'Odd |\u001b[31m kit', product: 'X', launchDate: 'soon', dueDate: NOW + 100 * DAY, requiredItemIds: ['demo-card-quantrel', 'not-published', 7, 'not-published'],
      qualification: null, knowledgeCheck: [null, 'x'], passScore: 3, faq: [], version: 1, publishedAt: NOW, updatedAt: NOW,
    });
    await activity('demo-rep', 'knowledge_check', 'kit-odd', NOW, { score: 'full marks' });
    const report = await json();
    expect(report.kits.map((kit) => kit.id)).toEqual([KIT, 'kit-odd']);
    const odd = report.kits[1];
    expect(odd).toMatchObject({ missingItemIds: ['not-published'], questions: 0, passScore: 0.8, launchDate: new Date(0).toISOString() });
    expect(odd?.reps.find((rep) => rep.id === 'demo-rep')).toMatchObject({ done: 0, total: 2 });
    const md = await readinessReport(demo.store, { now: NOW });
    expect(md).toContain('## Odd \\|\uFFFD[31m kit');
    expect(md).toContain('Not published on the server: not-published.');
  });

  it('lists an activity owner who is no longer a user, but not a manager who tried the check', async () => {
    await activity('former-rep', 'card_reviewed', 'demo-card-quantrel', NOW);
    await activity('demo-manager', 'knowledge_check', KIT, NOW, { score: 1 });
    const [kit] = (await json()).kits;
    expect(kit?.reps.map((rep) => rep.id)).toEqual(['demo-rep', 'demo-rep-2', 'former-rep']);
    expect(await readinessReport(demo.store, { now: NOW })).toContain('| former-rep (not a user) | 1 of 5 |');
  });

  it('pages through every collection', async () => {
    for (let i = 0; i < 7; i += 1) await activity('demo-rep-2', 'card_reviewed', 'demo-card-quantrel', NOW - i);
    await activity('demo-rep-2', 'demo_rehearsed', 'demo-script-forecast-first-look', NOW);
    const report = await buildReadinessReport(demo.store, { now: NOW, pageSize: 2 });
    expect(report.kits[0]?.reps.find((rep) => rep.id === 'demo-rep-2')?.done).toBe(2);
  });

  it('says so when no kit is published', async () => {
    await put('enablement_kits', KIT, null, {}, true);
    expect(await readinessReport(demo.store, { now: NOW })).toContain('_No enablement kits published yet._');
    expect(await readinessReport(demo.store, { format: 'csv', now: NOW })).toBe('kit_id,kit_title,product,due_date,rep_id,rep_email,rep_name,done,total,check_attempts,check_best_score,check_passed_at,complete,completed_at,overdue\r\n');
  });

  it('runs from the command line, and refuses an unknown format', async () => {
    await demo.store.close();
    const ok = await runCliOn(demo.temp, ['report', 'readiness', '--kit', KIT, '--format', 'json'], NOW);
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as ReadinessReport).kits).toHaveLength(1);
    const bad = await runCliOn(demo.temp, ['report', 'readiness', '--format', 'xlsx'], NOW);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('unknown format "xlsx"');
  });
});
