/**
 * collateral/collateral.yaml → collateral documents plus their files. A manifest entry may only
 * name a regular file inside collateral/: the folder comes from whoever prepared the release,
 * and an import must not publish /etc/passwd or an SSH key to every rep's laptop.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { COLLATERAL_KINDS, OPPORTUNITY_STAGES } from '../../shared/schemas/index.ts';
import { compact, type Candidate, type ProblemList } from './import-problems.ts';
import { isPlainObject, parseYaml, readFields, type Report } from './import-markdown.ts';

export const COLLATERAL_DIR = 'collateral';
export const MANIFEST_NAME = 'collateral.yaml';
const MANIFEST = `${COLLATERAL_DIR}/${MANIFEST_NAME}`;
const ENTRY_FIELDS = ['id', 'title', 'kind', 'product', 'stages', 'file', 'description'] as const;
/** The store keeps a file in one piece (a database row or bytea value); decks and short videos fit. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

const MIME_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.key': 'application/vnd.apple.keynote',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.webm': 'video/webm',
  '.zip': 'application/zip',
};

export function guessMimeType(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Why `file` may not be used, checked on the text before the disk is touched; null when it may. */
export function unsafePathReason(file: string): string | null {
  if (file.includes('\0')) return 'must not contain a NUL character';
  if (path.posix.isAbsolute(file) || path.win32.isAbsolute(file)) return 'must be a path inside collateral/, not an absolute path';
  if (file.includes('\\')) return 'must separate folders with "/", not "\\"';
  if (file.split('/').includes('..')) return 'must not contain ".." (the file must be inside collateral/)';
  return null;
}

function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Reads the file an entry names, or reports why it cannot; symbolic links may not lead out of the folder. */
async function readEntryFile(collateralDir: string, file: string, report: (message: string) => void): Promise<Candidate['blob'] | null> {
  const reason = unsafePathReason(file);
  if (reason) {
    report(`"file: ${file}" ${reason}`);
    return null;
  }
  let real: string;
  try {
    real = await realpath(path.join(collateralDir, file));
  } catch {
    report(`"file: ${file}": no such file in collateral/`);
    return null;
  }
  if (!isInside(collateralDir, real)) {
    report(`"file: ${file}" leads outside collateral/ through a symbolic link`);
    return null;
  }
  const info = await stat(real);
  if (!info.isFile()) {
    report(`"file: ${file}" is not a regular file`);
    return null;
  }
  if (info.size > MAX_FILE_BYTES) {
    report(`"file: ${file}" is ${info.size} bytes; the limit is ${MAX_FILE_BYTES}`);
    return null;
  }
  const data = new Uint8Array(await readFile(real));
  return { sha256: createHash('sha256').update(data).digest('hex'), size: data.length, mimeType: guessMimeType(file), data };
}

async function readEntry(collateralDir: string, entry: unknown, report: (message: string) => void): Promise<Candidate | null> {
  if (!isPlainObject(entry)) {
    report('must be a set of fields (id, title, kind, …)');
    return null;
  }
  let isBroken = false;
  const fieldReport = (message: string) => {
    isBroken = true;
    report(message);
  };
  const fields = readFields(entry, ENTRY_FIELDS, fieldReport);
  const id = fields.id('id');
  const title = fields.text('title');
  const kind = fields.text('kind');
  const product = fields.text('product');
  const stages = fields.list('stages');
  const file = fields.text('file');
  const description = fields.optionalText('description');
  if (kind !== '' && !(COLLATERAL_KINDS as readonly string[]).includes(kind)) {
    fieldReport(`unknown kind "${kind}" (use one of: ${COLLATERAL_KINDS.join(', ')})`);
  }
  for (const stage of stages) {
    if (!(OPPORTUNITY_STAGES as readonly string[]).includes(stage)) {
      fieldReport(`unknown stage "${stage}" (use any of: ${OPPORTUNITY_STAGES.join(', ')})`);
    }
  }
  const blob = file === '' ? null : await readEntryFile(collateralDir, file, fieldReport);
  if (isBroken || !blob) return null;
  const fileName = path.posix.basename(file);
  const content = compact({ id, title, description, kind, product, stages, fileName, mimeType: blob.mimeType, size: blob.size, sha256: blob.sha256 });
  return { collection: 'collateral', source: `${MANIFEST} (${id})`, content, blob };
}

/** Reads collateral/collateral.yaml, if the folder has one, and every file its entries name. */
export async function readCollateral(root: string, problems: ProblemList): Promise<Candidate[]> {
  const collateralDir = path.join(root, COLLATERAL_DIR);
  let text: string;
  try {
    text = await readFile(path.join(collateralDir, MANIFEST_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const hasFolder = await stat(collateralDir).then((info) => info.isDirectory(), () => false);
    if (hasFolder) problems.add(`${COLLATERAL_DIR}/`, `the folder has no ${MANIFEST_NAME} listing its files`);
    return [];
  }
  const fileReport: Report = (message, line) => problems.add(MANIFEST, message, line);
  const entries = parseYaml(text, fileReport);
  if (entries === undefined || entries === null) return [];
  if (!Array.isArray(entries)) {
    fileReport('must be a YAML list of entries ("- id: …")', 1);
    return [];
  }
  // Files must resolve inside the real folder, wherever a linked collateral/ itself points.
  const realDir = await realpath(collateralDir);
  const candidates: Candidate[] = [];
  for (const [index, entry] of entries.entries()) {
    const label = isPlainObject(entry) && typeof entry['id'] === 'string' ? `entry ${index + 1} (${entry['id']})` : `entry ${index + 1}`;
    const candidate = await readEntry(realDir, entry, (message) => problems.add(MANIFEST, `${label}: ${message}`));
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}
