/**
 * The Markdown layer shared by battle cards and demo scripts: a YAML front matter block, then
 * the body split at headings of one level. Headings inside fenced code blocks are text, not
 * structure, so a card can quote Markdown without being cut in two.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { ProblemList } from './import-problems.ts';

/** Reports a problem in the file being read, at a 1-based line when one is to blame. */
export type Report = (message: string, line?: number) => void;

export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string[];
  /** Line number of body[0]. */
  bodyFirstLine: number;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseYaml(text: string, report: Report, firstLine = 1): unknown {
  const lineCounter = new LineCounter();
  // uniqueKeys: a repeated key is a mistake to show, not a value to override silently.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) report(`YAML: ${error.message}`, lineCounter.linePos(error.pos[0]).line + firstLine - 1);
    return undefined;
  }
  return document.toJS({ maxAliasCount: 100 });
}

export function parseFrontMatter(text: string, report: Report): FrontMatterFile | null {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    report('the file must start with front matter: a "---" line, YAML fields, then another "---" line', 1);
    return null;
  }
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end === -1) {
    report('the front matter has no closing "---" line', 1);
    return null;
  }
  const data = parseYaml(lines.slice(1, end).join('\n'), report, 2);
  if (data === undefined) return null;
  if (!isPlainObject(data)) {
    report('the front matter must be YAML fields ("key: value" lines)', 2);
    return null;
  }
  return { data, body: lines.slice(end + 1), bodyFirstLine: end + 2 };
}

export interface Section {
  heading: string;
  line: number;
  body: string[];
  bodyFirstLine: number;
}

/** The text of an ATX heading of exactly `level` (2 for "## Title"), or null for any other line. */
export function headingText(line: string, level: number): string | null {
  const match = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
  if (!match || match[1]?.length !== level) return null;
  return (match[2] ?? '').replace(/(^|[ \t]+)#+$/, '').trim();
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** Splits lines at headings of `level`; lines before the first heading are the preamble. */
export function splitSections(lines: readonly string[], firstLine: number, level: number): { preamble: Section; sections: Section[] } {
  const preamble: Section = { heading: '', line: firstLine, body: [], bodyFirstLine: firstLine };
  const sections: Section[] = [];
  let current = preamble;
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const lineNumber = firstLine + index;
    const fenceMatch = FENCE_OPEN.exec(line)?.[1];
    if (fence !== null) {
      const isClosing = fenceMatch !== undefined && fenceMatch[0] === fence[0] && fenceMatch.length >= fence.length && line.trim() === fenceMatch;
      if (isClosing) fence = null;
    } else if (fenceMatch !== undefined) {
      fence = fenceMatch;
    } else {
      const heading = headingText(line, level);
      if (heading !== null) {
        current = { heading, line: lineNumber, body: [], bodyFirstLine: lineNumber + 1 };
        sections.push(current);
        return;
      }
    }
    if (current.body.length === 0 && line.trim() === '') {
      current.bodyFirstLine = lineNumber + 1;
      return;
    }
    current.body.push(line);
  });
  return { preamble, sections };
}

/** Text above the first heading has no place in a document: refuse it rather than drop it. */
export function reportPreamble(preamble: Section, report: Report): void {
  if (preamble.body.length > 0) {
    report('text before the first "## " heading would be lost: move it into a section or the front matter', preamble.bodyFirstLine);
  }
}

/** The body as stored: leading blank lines were never kept; trailing ones and trailing spaces go. */
export function bodyText(lines: readonly string[]): string {
  return lines.join('\n').trimEnd();
}

/** Same rule as the schemas' id field (shared/schemas/fields.ts), with a message an author can act on. */
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

export interface FieldReader {
  /** A required text field; '' after reporting when missing or not text. */
  text(key: string): string;
  optionalText(key: string): string | undefined;
  id(key: string): string;
  /** A YAML list of text values; [] after reporting when missing or malformed. */
  list(key: string): string[];
  optionalList(key: string): string[] | undefined;
  /** The value as YAML gave it, for fields that are not text (numbers). */
  raw(key: string): unknown;
}

/** Reads front matter or manifest fields, reporting unknown keys (typos such as "competitors"). */
export function readFields(data: Record<string, unknown>, allowed: readonly string[], report: (message: string) => void): FieldReader {
  for (const key of Object.keys(data)) {
    if (!allowed.includes(key)) report(`unknown field "${key}" (allowed: ${allowed.join(', ')})`);
  }
  const optionalText = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      report(`"${key}" must be text (put the value in quotes)`);
      return '';
    }
    const text = value.trim();
    if (text === '') report(`"${key}" is empty`);
    return text;
  };
  const optionalList = (key: string): string[] | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
      report(`"${key}" must be a list of text values, like [one, two]`);
      return [];
    }
    return value.map((item: string) => item.trim());
  };
  const text = (key: string): string => {
    const value = optionalText(key);
    if (value === undefined) report(`"${key}" is missing`);
    return value ?? '';
  };
  return {
    text,
    optionalText,
    id(key) {
      const value = text(key);
      if (value !== '' && (value.length > 100 || !ID_SHAPE.test(value))) {
        report(`"${key}" must be at most 100 letters, digits, "_", ".", ":" or "-", starting with a letter or digit`);
      }
      return value;
    },
    list(key) {
      const value = optionalList(key);
      if (value === undefined) report(`"${key}" is missing`);
      return value ?? [];
    },
    optionalList,
    raw: (key) => data[key],
  };
}

export interface ContentFile {
  /** Records a problem against the file; any problem means the file is not imported. */
  report: Report;
  isBroken(): boolean;
  fields: FieldReader;
  /** The body's "## " sections; text above the first one has been reported. */
  sections: Section[];
}

/** The start every Markdown content file shares: front matter, its fields, "## " sections. */
export function openContentFile(text: string, source: string, problems: ProblemList, allowed: readonly string[]): ContentFile | null {
  let isBroken = false;
  const report: Report = (message, line) => {
    isBroken = true;
    problems.add(source, message, line);
  };
  const file = parseFrontMatter(text, report);
  if (!file) return null;
  const fields = readFields(file.data, allowed, (message) => report(`front matter: ${message}`));
  const { preamble, sections } = splitSections(file.body, file.bodyFirstLine, 2);
  reportPreamble(preamble, report);
  return { report, isBroken: () => isBroken, fields, sections };
}
