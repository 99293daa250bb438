import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importContent } from './import-content.ts';
import { parseEnablementKit, parseKitDate } from './import-enablement-kits.ts';
import { ImportRefusedError, ProblemList, formatProblem } from './import-problems.ts';
import { freshStorePerTest } from './store-for-tests.ts';

const SAMPLE = fileURLToPath(new URL('./fixtures/import-sample', import.meta.url));
const KIT_FILE = 'enablement-kits/analytics-live-launch.md';
const T = 1_750_000_000_000;
const DAY = 86_400_000;

const FRONT = 'id: kit-x\ntitle: Launch\nproduct: Beacon\nlaunchDate: 2026-03-02\ndueDate: 2026-02-20\nrequired: [card-a]';
const BODY = '## Who is a fit\n\n- Big\n\n## Who is not a fit\n\n- Small\n\n## Knowledge check\n\n### Pick one\n\n- [ ] No\n- [x] Yes\n';
const kit = (body = BODY, front = FRONT) => `---\n${front}\n---\n\n${body}`;

function parse(text: string) {
  const problems = new ProblemList();
  const candidate = parseEnablementKit(text, 'k.md', problems);
  return { candidate, problems: problems.items.map(formatProblem) };
}

describe('parseKitDate', () => {
  it.each([
    ['2026-03-02', Date.UTC(2026, 2, 2, 12)],
    ['2028-02-29', Date.UTC(2028, 1, 29, 12)],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['2026-3-2', null],
    ['02/03/2026', null],
    ['2026-03-02T10:00', null],
    ['next Monday', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(parseKitDate(text)).toBe(expected);
  });
});

describe('parseEnablementKit', () => {
  it('reads the sample kit', async () => {
    const { candidate, problems } = parse(await readFile(path.join(SAMPLE, KIT_FILE), 'utf8'));
    expect(problems).toEqual([]);
    expect(candidate?.content).toEqual({
      id: 'kit-analytics-live-launch',
      title: 'Beacon Analytics Live: field readiness',
      product: 'Beacon Analytics',
      launchDate: Date.UTC(2026, 2, 2, 12),
      dueDate: Date.UTC(2026, 1, 20, 12),
      requiredItemIds: ['card-quantrel', 'script-analytics-exec-overview', 'coll-analytics-one-pager'],
      passScore: 0.75,
      qualification: {
        fit: [
          'Runs a weekly operations review from spreadsheets or a BI export.',
          'Has sites or lines whose exceptions cost money within a shift (scrap, downtime, missed dispatch).',
          'Names an operations owner who will look at the dashboards every day.',
        ],
        notFit: ['Wants a one-off report or a data warehouse project.', 'Has no system we can connect to without custom development.'],
      },
      knowledgeCheck: [
        {
          question: 'What does Analytics Live show that the weekly review cannot?',
          choices: ['Last quarter\'s totals by region', 'Exceptions as they happen, down to the line and shift', 'The finance team\'s budget'],
          answerIndex: 1,
        },
        expect.objectContaining({ question: 'A prospect already runs Quantrel. What do we lead with?', answerIndex: 2 }),
      ],
    });
    expect(candidate?.references).toEqual([
      { id: 'card-quantrel', line: 7 },
      { id: 'script-analytics-exec-overview', line: 7 },
      { id: 'coll-analytics-one-pager', line: 7 },
    ]);
  });

  it('names each required item on its own line when the list is written one per line', () => {
    const { candidate } = parse(kit(BODY, FRONT.replace('required: [card-a]', 'required:\n  - card-a\n  - script-b')));
    expect(candidate?.references).toEqual([
      { id: 'card-a', line: 8 },
      { id: 'script-b', line: 9 },
    ]);
  });

  it('finds an id as a whole word, not inside a longer id', () => {
    const front = FRONT.replace('required: [card-a]', 'required:\n  - card-ab\n  - card-a');
    expect(parse(kit(BODY, front)).candidate?.references).toEqual([
      { id: 'card-ab', line: 8 },
      { id: 'card-a', line: 9 },
    ]);
  });

  it.each([
    ['a bad date', kit(BODY, FRONT.replace('2026-03-02', '2026-02-30')), 'k.md: front matter: "launchDate" must be a date written YYYY-MM-DD, like 2026-12-14 (got "2026-02-30")'],
    ['a date YAML reads as a number', kit(BODY, FRONT.replace('2026-02-20', '20260220')), 'k.md: front matter: "dueDate" must be text (put the value in quotes)'],
    ['a pass score over 1', kit(BODY, `${FRONT}\npassScore: 80`), 'k.md: front matter: "passScore" must be a number between 0 and 1, like 0.8 (80% of the answers right)'],
    ['a pass score as text', kit(BODY, `${FRONT}\npassScore: "0.8"`), 'k.md: front matter: "passScore" must be a number between 0 and 1, like 0.8 (80% of the answers right)'],
    ['no required list', kit(BODY, FRONT.replace('required: [card-a]', '')), 'k.md: front matter: "required" is missing'],
    ['a typo in a field', kit(BODY, `${FRONT}\nrequire: [x]`), 'k.md: front matter: unknown field "require" (allowed: id, title, product, launchDate, dueDate, required, passScore)'],
    ['a missing section', kit(BODY.replace('## Who is not a fit\n\n- Small\n\n', '')), 'k.md: the kit has no "## Who is not a fit" section'],
    ['an unknown section', kit(`${BODY}\n## Pricing\n\nCheap.\n`), 'k.md:25: unknown section "## Pricing": a kit has "## Who is a fit", "## Who is not a fit" and "## Knowledge check"'],
    ['a second fit section', kit(`${BODY}\n## Who is a fit\n\n- Again\n`), 'k.md:25: a second "## Who is a fit" section (the first is on line 10)'],
    ['prose among the criteria', kit(BODY.replace('- Big', 'Big companies')), 'k.md:12: "## Who is a fit": "Big companies" is not a list item ("- …")'],
    ['no criteria', kit(BODY.replace('- Big\n', '')), 'k.md:10: "## Who is a fit" has no criteria: list them as "- …" lines'],
    ['no right answer', kit(BODY.replace('[x] Yes', '[ ] Yes')), 'k.md:20: the question "Pick one" must mark exactly one choice right with "[x]" (found 0)'],
    ['two right answers', kit(BODY.replace('[ ] No', '[x] No')), 'k.md:20: the question "Pick one" must mark exactly one choice right with "[x]" (found 2)'],
    ['a single choice', kit(BODY.replace('- [ ] No\n', '')), 'k.md:20: the question "Pick one" has 1 choice: give 2 to 8'],
    ['a choice without a box', kit(BODY.replace('- [ ] No', '- No')), 'k.md:22: the question "Pick one": every choice starts with "[ ]", or "[x]" for the right one'],
    ['no questions', kit(BODY.replace(/### Pick one[\s\S]*$/, '')), 'k.md:18: "## Knowledge check" has no "### " questions'],
    ['text above the questions', kit(BODY.replace('### Pick one', 'Answer these.\n\n### Pick one')), 'k.md:20: text under "## Knowledge check" must sit under a "### Question" heading'],
  ])('reports %s with its line, and publishes nothing from the file', (_name, text, expected) => {
    const { candidate, problems } = parse(text);
    expect(candidate).toBeNull();
    expect(problems).toContain(expected);
  });
});

describe('importing kits', () => {
  const fresh = freshStorePerTest();

  const storedKit = async () => (await fresh.store.getDocuments('enablement_kits', ['kit-analytics-live-launch'])).get('kit-analytics-live-launch');

  /** A folder holding the sample kit alone, whose required items must then already be published. */
  async function kitOnlyFolder(): Promise<string> {
    const folder = path.join(fresh.temp.dir, 'kits-only');
    await mkdir(path.join(folder, 'enablement-kits'), { recursive: true });
    await cp(path.join(SAMPLE, KIT_FILE), path.join(folder, KIT_FILE));
    return folder;
  }

  it('keeps the questions and answers the server added when the kit is imported again, changed or not', async () => {
    const folder = path.join(fresh.temp.dir, 'content');
    await cp(SAMPLE, folder, { recursive: true });
    await importContent(fresh.store, folder, { now: T });
    const faq = [{ question: 'Does Live need a gateway?', answer: 'No.', feedbackId: 'fb-1', answeredAt: T + 1 }];
    await fresh.store.writeDocuments('enablement_kits', ['kit-analytics-live-launch'], (current) => {
      const doc = { ...current.get('kit-analytics-live-launch')?.doc, faq, version: 2, updatedAt: T + 1 };
      return { writes: [{ id: 'kit-analytics-live-launch', ownerId: null, deleted: false, doc }], result: undefined };
    });
    const sequence = await fresh.store.latestSequence();

    const again = await importContent(fresh.store, folder, { now: T + DAY });
    expect(again.counts.enablement_kits).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await fresh.store.latestSequence()).toBe(sequence);

    const file = path.join(folder, KIT_FILE);
    await writeFile(file, (await readFile(file, 'utf8')).replace('passScore: 0.75', 'passScore: 0.8'));
    const changed = await importContent(fresh.store, folder, { now: T + 2 * DAY });
    expect(changed.counts.enablement_kits).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await storedKit())?.doc).toMatchObject({ passScore: 0.8, faq, version: 3, publishedAt: T, updatedAt: T + 2 * DAY });
  });

  it('accepts required items published by an earlier import', async () => {
    const content = path.join(fresh.temp.dir, 'content');
    await cp(SAMPLE, content, { recursive: true });
    await rm(path.join(content, 'enablement-kits'), { recursive: true });
    await importContent(fresh.store, content, { now: T });
    const summary = await importContent(fresh.store, await kitOnlyFolder(), { now: T + DAY });
    expect(summary.counts.enablement_kits).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await storedKit())?.doc).toMatchObject({ faq: [], version: 1 });
  });

  it('refuses required items that are neither imported nor published, deleted ones included, and writes nothing', async () => {
    await fresh.store.writeDocuments('battle_cards', [], () => ({
      writes: [{ id: 'card-quantrel', ownerId: null, deleted: true, doc: { id: 'card-quantrel' } }],
      result: undefined,
    }));
    const sequence = await fresh.store.latestSequence();
    const error = await importContent(fresh.store, await kitOnlyFolder(), { now: T }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).problems.map(formatProblem)).toEqual(
      ['card-quantrel', 'script-analytics-exec-overview', 'coll-analytics-one-pager'].map(
        (id) => `${KIT_FILE}:7: required item "${id}" is neither in this import nor published (give a battle card, collateral or demo script id)`,
      ),
    );
    expect(await fresh.store.latestSequence()).toBe(sequence);
  });
});
