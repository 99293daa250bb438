/**
 * demo-scripts/*.md → demo_scripts documents. Every "## Step title" is a step; its first lines
 * are "action: …" and "duration: …", and everything after them is the talk track.
 */
import { compact, type Candidate, type ProblemList } from './import-problems.ts';
import { bodyText, openContentFile, type Report, type Section } from './import-markdown.ts';

const SCRIPT_FIELDS = ['id', 'title', 'product', 'persona', 'summary'] as const;
const STEP_FIELD = /^(action|duration)[ \t]*:[ \t]*(.*)$/i;
const MAX_STEP_SECONDS = 7_200;

const SECONDS = '(?:s|sec|secs|seconds?)';
const DURATION_FORMS: [RegExp, (match: RegExpExecArray) => number][] = [
  [new RegExp(`^(\\d{1,5})\\s*${SECONDS}?$`, 'i'), (m) => Number(m[1])],
  [new RegExp(`^(\\d{1,4})\\s*(?:m|min|mins|minutes?)(?:\\s*(\\d{1,2})\\s*${SECONDS}?)?$`, 'i'), (m) => Number(m[1]) * 60 + Number(m[2] ?? 0)],
  [/^(\d{1,3}):([0-5]\d)$/, (m) => Number(m[1]) * 60 + Number(m[2])],
];

/** "90", "90s", "3m", "2 min 30 s", "2:30" → seconds; null for anything else or out of 1 s – 2 h. */
export function parseDuration(raw: string): number | null {
  const text = raw.trim();
  for (const [form, toSeconds] of DURATION_FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const seconds = toSeconds(match);
    return seconds >= 1 && seconds <= MAX_STEP_SECONDS ? seconds : null;
  }
  return null;
}

interface Step {
  title: string;
  talkTrack: string;
  action: string;
  durationSec: number;
}

function parseStep(section: Section, report: Report): Step {
  const found = new Map<string, { value: string; line: number }>();
  let talkTrackStart = section.body.length;
  for (const [index, line] of section.body.entries()) {
    if (line.trim() === '') continue;
    const match = STEP_FIELD.exec(line.trim());
    if (!match) {
      talkTrackStart = index;
      break;
    }
    const key = (match[1] ?? '').toLowerCase();
    const lineNumber = section.bodyFirstLine + index;
    if (found.has(key)) report(`step "${section.heading}" has a second "${key}:" line`, lineNumber);
    found.set(key, { value: (match[2] ?? '').trim(), line: lineNumber });
  }
  const action = found.get('action');
  const duration = found.get('duration');
  if (!action?.value) report(`step "${section.heading}" needs an "action: …" line (what to show on screen)`, action?.line ?? section.line);
  const durationSec = duration ? parseDuration(duration.value) : null;
  if (!duration) report(`step "${section.heading}" needs a "duration: …" line, like "duration: 90s" or "duration: 2m 30s"`, section.line);
  else if (durationSec === null) {
    report(`step "${section.heading}": duration "${duration.value}" is not between 1 second and 2 hours (write 90s, 3m, 2m 30s or 2:30)`, duration.line);
  }
  const talkTrack = bodyText(section.body.slice(talkTrackStart));
  if (talkTrack === '') report(`step "${section.heading}" has no talk track after its action and duration lines`, section.line);
  if (section.heading === '') report('a step heading ("## ") has no text', section.line);
  return { title: section.heading, talkTrack, action: action?.value ?? '', durationSec: durationSec ?? 0 };
}

export function parseDemoScript(text: string, source: string, problems: ProblemList): Candidate | null {
  const file = openContentFile(text, source, problems, SCRIPT_FIELDS);
  if (!file) return null;
  const { report, fields, sections } = file;
  const id = fields.id('id');
  const title = fields.text('title');
  const product = fields.text('product');
  const persona = fields.text('persona');
  const summary = fields.optionalText('summary');

  if (sections.length === 0) report('the script has no steps: each step is a "## Step title" section');
  const steps = sections.map((section) => parseStep(section, report));

  if (file.isBroken()) return null;
  return { collection: 'demo_scripts', source, content: compact({ id, title, product, persona, summary, steps }) };
}
