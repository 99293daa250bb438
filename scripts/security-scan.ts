/**
 * Static security scan of the Electron code (electron/**) with Doyensec's Electronegativity, run by
 * `npm test`. Every HIGH or MEDIUM finding must be explained below, after review, or the scan fails;
 * an explanation that no longer matches a finding fails it too, so the list never goes stale.
 *
 * Electronegativity reads the TypeScript source directly. It cannot follow options built by a
 * function, so it reports `new BrowserWindow(buildWindowOptions(...))` as if every default were
 * unsafe; those settings are pinned by unit tests and checked in the running app by
 * tests/electron/security.spec.ts. It also tries to download Electron's release list for one global
 * check; offline that check is skipped with a warning, which is expected here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A reviewed finding: check id, file (relative to electron/), a piece of the flagged line, and why it is fine. */
export interface Explanation {
  readonly check: string;
  readonly file: string;
  readonly sample: string;
  readonly why: string;
}

export interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly confidence: string;
  readonly file: string;
  readonly location: string;
  readonly sample: string;
}

export const EXPLAINED: readonly Explanation[] = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    sample: 'N/A',
    why: 'The CSP is sent as a header by the app:// protocol handler (electron/main/protocol.ts, tested in protocol.test.ts), not in a meta tag the scanner looks for.',
  },
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/window.ts',
    sample: 'new BrowserWindow(buildWindowOptions(',
    why: 'contextIsolation: true comes from hardenedWebPreferences(), pinned by window.test.ts and checked live by the Electron spec.',
  },
  {
    check: 'SANDBOX_JS_CHECK',
    file: 'main/window.ts',
    sample: 'new BrowserWindow(buildWindowOptions(',
    why: 'sandbox: true comes from hardenedWebPreferences(), pinned by window.test.ts and checked live by the Electron spec.',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'main/window.ts',
    sample: 'new BrowserWindow(buildWindowOptions(',
    why: "hardenedWebPreferences() sets disableBlinkFeatures: 'Auxclick'; every window.open is denied anyway (security.ts).",
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/security.ts',
    sample: 'shell.openExternal(url)',
    why: 'Only URLs that passed validateExternalUrl (http/https, no credentials, no look-alike tricks; shared/ipc/url.test.ts) are opened.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/ipc/shell.ts',
    sample: 'shell.openExternal(url)',
    why: 'The payload passed validateOpenExternalPayload in the IPC helper before the handler runs (register.test.ts, url.test.ts).',
  },
  {
    check: 'PROTOCOL_HANDLER_JS_CHECK',
    file: 'main/deep-links.ts',
    sample: 'setAsDefaultProtocolClient(DEEP_LINK_SCHEME)',
    why: 'fieldcase:// links are parsed strictly into three route shapes and nothing else (deep-links.test.ts, commands.test.ts).',
  },
];

/**
 * Reads Electronegativity's CSV into rows. Quoted fields may hold commas, doubled quotes and line
 * breaks, so the text is read as a whole rather than line by line.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.some((cell) => cell.trim() !== '')) rows.push(row);
    row = [];
    field = '';
  };
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n') endRow();
    else if (character !== '\r') field += character;
  }
  endRow();
  return rows;
}

const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

/**
 * Whether the scanner's CSV came out whole. Electronegativity 1.10 writes the header and the rows
 * with two asynchronous writes that race (util/file.js: a truncating write of the header, an
 * appending write of the rows); when the rows land first, the header overwrites their first bytes.
 * That garbled file must not be read as findings (it read as "stale explanations" in CI).
 */
export function isWholeCsv(text: string): boolean {
  if (!/^issue, severity, confidence, filename, location, sample, description, url\r?\n/.test(text)) return false;
  const [header, ...rows] = parseCsv(text);
  if (header?.join(',') !== CSV_HEADER) return false;
  return rows.every(
    (row) => row.length === 8 && /^[A-Z0-9_]+$/.test(row[0] ?? '') && SEVERITIES.includes(row[1] ?? '') && /^\d+:\d+$/.test(row[4] ?? ''),
  );
}

export function parseFindings(csv: string): Finding[] {
  const [, ...rows] = parseCsv(csv);
  return rows.map(([check = '', severity = '', confidence = '', file = '', location = '', sample = '']) => ({ check, severity, confidence, file, location, sample }));
}

/** Unexplained HIGH/MEDIUM findings, and explanations no finding matches any more. */
export function review(findings: readonly Finding[], explained: readonly Explanation[] = EXPLAINED): { unexplained: Finding[]; stale: Explanation[] } {
  const matches = (finding: Finding, entry: Explanation): boolean => finding.check === entry.check && finding.file === entry.file && finding.sample.includes(entry.sample);
  const serious = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM');
  return {
    unexplained: serious.filter((finding) => !explained.some((entry) => matches(finding, entry))),
    stale: explained.filter((entry) => !findings.some((finding) => matches(finding, entry))),
  };
}

function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const version = pkg.devDependencies['electron'];
  if (version === undefined) throw new Error('package.json names no electron version');
  return version;
}

/** Runs the scanner until its CSV comes out whole (see isWholeCsv), at most five times. */
function scanWhole(output: string): string {
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const run = spawnSync(bin, ['-i', path.join(root, 'electron'), '-e', electronVersion(), '-r', '-o', output], {
      encoding: 'utf8',
      // The scanner prints a banner and a table; only its CSV is read.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (run.error !== undefined || run.status !== 0) {
      console.error(run.stderr || run.stdout || String(run.error));
      throw new Error(`electronegativity did not run (exit ${run.status ?? 'none'})`);
    }
    const text = readFileSync(output, 'utf8');
    if (isWholeCsv(text)) return text;
    console.warn(`security scan: the scanner's CSV came out garbled (attempt ${attempt} of 5); scanning again`);
  }
  throw new Error("electronegativity's CSV came out garbled five times in a row: its header and rows are written by two racing writes");
}

function main(): void {
  const outDir = mkdtempSync(path.join(tmpdir(), 'fieldcase-scan-'));
  const output = path.join(outDir, 'findings.csv');
  try {
    const findings = parseFindings(scanWhole(output));
    const { unexplained, stale } = review(findings);
    for (const finding of findings) {
      const entry = EXPLAINED.find((candidate) => candidate.check === finding.check && candidate.file === finding.file);
      console.log(`${finding.severity.padEnd(6)} ${finding.check} ${finding.file}:${finding.location}${entry ? ` (explained: ${entry.why})` : ''}`);
    }
    for (const finding of unexplained) console.error(`UNEXPLAINED ${finding.severity} ${finding.check} at ${finding.file}:${finding.location}: ${finding.sample}`);
    for (const entry of stale) console.error(`STALE explanation for ${entry.check} in ${entry.file}: no such finding any more; remove it`);
    if (unexplained.length > 0 || stale.length > 0) process.exitCode = 1;
    else console.log(`security scan: ${findings.length} findings, all reviewed`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
