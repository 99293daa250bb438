/**
 * enablement-kits/*.md → enablement_kits documents. The front matter holds the launch (dates,
 * product, required items); the body holds "## Who is a fit", "## Who is not a fit" (lists)
 * and "## Knowledge check" ("### Question" with a list of choices, the right one "- [x]").
 * The kit's questions and answers (faq) are not in the file: the server writes them when
 * product answers a rep's question, and an import keeps them (import-content.ts).
 */
import { compact, type Candidate, type ProblemList } from './import-problems.ts';
import { openContentFile, splitSections, type Report, type Section } from './import-markdown.ts';

const KIT_FIELDS = ['id', 'title', 'product', 'launchDate', 'dueDate', 'required', 'passScore'] as const;

const SECTIONS = {
  fit: /^who is a fit$/i,
  notFit: /^who is not a fit$/i,
  check: /^knowledge check$/i,
} as const;
type SectionKey = keyof typeof SECTIONS;
const SECTION_TITLES: Record<SectionKey, string> = { fit: 'Who is a fit', notFit: 'Who is not a fit', check: 'Knowledge check' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LIST_ITEM = /^ {0,3}[-*+][ \t]+(.*)$/;
const CHOICE = /^\[( |x|X)\][ \t]+(.*)$/;
const MAX_CHOICES = 8;

/**
 * "2026-12-14" → noon UTC of that day, so the date reads the same on every laptop from UTC−11
 * to UTC+11 (midnight UTC would show the day before in the Americas). null when not a real date.
 */
export function parseKitDate(text: string): number | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(year, month - 1, day, 12);
  const date = new Date(at);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? at : null;
}

/** A Markdown list; a line indented under an item continues it. Anything else is reported. */
function readList(lines: readonly string[], firstLine: number, what: string, report: Report): { text: string; line: number }[] {
  const items: { text: string; line: number }[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const item = LIST_ITEM.exec(line);
    const last = items.at(-1);
    if (item) items.push({ text: (item[1] ?? '').trim(), line: firstLine + index });
    else if (last && /^[ \t]/.test(line)) last.text = `${last.text} ${line.trim()}`;
    else report(`${what}: "${line.trim().slice(0, 60)}" is not a list item ("- …")`, firstLine + index);
  });
  for (const item of items) if (item.text === '') report(`${what}: an empty list item`, item.line);
  return items;
}

function readCriteria(section: Section, report: Report): string[] {
  const items = readList(section.body, section.bodyFirstLine, `"## ${section.heading}"`, report);
  if (items.length === 0) report(`"## ${section.heading}" has no criteria: list them as "- …" lines`, section.line);
  return items.map((item) => item.text);
}

interface Question {
  question: string;
  choices: string[];
  answerIndex: number;
}

function readQuestion(section: Section, report: Report): Question {
  const name = section.heading === '' ? 'a question' : `the question "${section.heading}"`;
  if (section.heading === '') report('a question heading ("### ") has no text', section.line);
  const items = readList(section.body, section.bodyFirstLine, name, report);
  const choices: string[] = [];
  const right: number[] = [];
  for (const item of items) {
    const choice = CHOICE.exec(item.text);
    if (!choice) {
      report(`${name}: every choice starts with "[ ]", or "[x]" for the right one`, item.line);
      continue;
    }
    if (choice[1] !== ' ') right.push(choices.length);
    choices.push((choice[2] ?? '').trim());
  }
  if (choices.length < 2 || choices.length > MAX_CHOICES) {
    report(`${name} has ${choices.length} ${choices.length === 1 ? 'choice' : 'choices'}: give 2 to ${MAX_CHOICES}`, section.line);
  }
  if (right.length !== 1) report(`${name} must mark exactly one choice right with "[x]" (found ${right.length})`, section.line);
  return { question: section.heading, choices, answerIndex: right[0] ?? 0 };
}

function readKnowledgeCheck(section: Section, report: Report): Question[] {
  const { preamble, sections } = splitSections(section.body, section.bodyFirstLine, 3);
  if (preamble.body.length > 0) report('text under "## Knowledge check" must sit under a "### Question" heading', preamble.bodyFirstLine);
  if (sections.length === 0) report('"## Knowledge check" has no "### " questions', section.line);
  return sections.map((question) => readQuestion(question, report));
}

/** The line of the front matter naming `id` (1-based), for a problem about that reference. */
function lineNaming(text: string, id: string): number | undefined {
  const lines = text.split(/\r\n?|\n/);
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  // The id as a whole word: "card-q" must not be found inside "card-quantrel".
  const word = new RegExp(`(?<![A-Za-z0-9_.:-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_.:-])`);
  const index = lines.slice(0, end === -1 ? undefined : end).findIndex((line) => word.test(line));
  return index === -1 ? undefined : index + 1;
}

function readPassScore(value: unknown, report: Report): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    report('front matter: "passScore" must be a number between 0 and 1, like 0.8 (80% of the answers right)');
    return undefined;
  }
  return value;
}

function readDate(raw: string, key: string, report: Report): number {
  if (raw === '') return 0;
  const at = parseKitDate(raw);
  if (at === null) report(`front matter: "${key}" must be a date written YYYY-MM-DD, like 2026-12-14 (got "${raw.slice(0, 40)}")`);
  return at ?? 0;
}

export function parseEnablementKit(text: string, source: string, problems: ProblemList): Candidate | null {
  const file = openContentFile(text, source, problems, KIT_FIELDS);
  if (!file) return null;
  const { report, fields, sections } = file;
  const id = fields.id('id');
  const title = fields.text('title');
  const product = fields.text('product');
  const launchDate = readDate(fields.text('launchDate'), 'launchDate', report);
  const dueDate = readDate(fields.text('dueDate'), 'dueDate', report);
  const required = fields.list('required');
  const passScore = readPassScore(fields.raw('passScore'), report);

  const found = new Map<SectionKey, Section>();
  for (const section of sections) {
    const key = (Object.keys(SECTIONS) as SectionKey[]).find((candidate) => SECTIONS[candidate].test(section.heading));
    if (!key) {
      report(`unknown section "## ${section.heading}": a kit has "## Who is a fit", "## Who is not a fit" and "## Knowledge check"`, section.line);
      continue;
    }
    const first = found.get(key);
    if (first) report(`a second "## ${SECTION_TITLES[key]}" section (the first is on line ${first.line})`, section.line);
    else found.set(key, section);
  }
  for (const key of Object.keys(SECTIONS) as SectionKey[]) {
    if (!found.has(key)) report(`the kit has no "## ${SECTION_TITLES[key]}" section`);
  }
  const fitSection = found.get('fit');
  const notFitSection = found.get('notFit');
  const checkSection = found.get('check');
  const fit = fitSection ? readCriteria(fitSection, report) : [];
  const notFit = notFitSection ? readCriteria(notFitSection, report) : [];
  const knowledgeCheck = checkSection ? readKnowledgeCheck(checkSection, report) : [];

  if (file.isBroken()) return null;
  return {
    collection: 'enablement_kits',
    source,
    content: compact({ id, title, product, launchDate, dueDate, requiredItemIds: required, qualification: { fit, notFit }, knowledgeCheck, passScore }),
    references: required.map((itemId) => ({ id: itemId, line: lineNaming(text, itemId) })),
  };
}
