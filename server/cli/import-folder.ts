/**
 * Reads an import folder (format: IMPORT_FORMAT.md) into candidate documents and the problems
 * found on the way. Reads only; the store is not touched here.
 */
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseBattleCard } from './import-battle-cards.ts';
import { COLLATERAL_DIR, MANIFEST_NAME, readCollateral } from './import-collateral.ts';
import { parseDemoScript } from './import-demo-scripts.ts';
import { parseEnablementKit } from './import-enablement-kits.ts';
import { CliError } from './cli-errors.ts';
import { ProblemList, type Candidate } from './import-problems.ts';

/** A card or script is a page of text; anything bigger is a wrong file dropped in the folder. */
const MAX_MARKDOWN_BYTES = 1024 * 1024;

const MARKDOWN_KINDS = [
  { folder: 'battle-cards', parse: parseBattleCard },
  { folder: 'demo-scripts', parse: parseDemoScript },
  { folder: 'enablement-kits', parse: parseEnablementKit },
] as const;

export interface FolderContents {
  root: string;
  candidates: Candidate[];
  problems: ProblemList;
}

async function isDirectory(target: string): Promise<boolean> {
  return stat(target).then((info) => info.isDirectory(), () => false);
}

async function readMarkdownFolder(root: string, kind: (typeof MARKDOWN_KINDS)[number], problems: ProblemList): Promise<Candidate[]> {
  const folder = path.join(root, kind.folder);
  if (!(await isDirectory(folder))) return [];
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.') && entry.name.toLowerCase().endsWith('.md'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    const source = `${kind.folder}/${entry.name}`;
    // Only regular files: a link could pull any readable file on this machine into published content.
    if (!entry.isFile()) {
      problems.add(source, 'is not a regular file (symbolic links and folders are not imported)');
      continue;
    }
    const full = path.join(folder, entry.name);
    if ((await stat(full)).size > MAX_MARKDOWN_BYTES) {
      problems.add(source, `is larger than ${MAX_MARKDOWN_BYTES} bytes`);
      continue;
    }
    const candidate = kind.parse(await readFile(full, 'utf8'), source, problems);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** Two documents of one kind with the same id would overwrite each other: name both files. */
function reportDuplicateIds(candidates: readonly Candidate[], problems: ProblemList): void {
  const seen = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = `${candidate.collection}\u0000${String(candidate.content['id'])}`;
    const first = seen.get(key);
    if (first) problems.add(candidate.source, `id "${String(candidate.content['id'])}" is already used by ${first.source}`);
    else seen.set(key, candidate);
  }
}

export async function readImportFolder(folder: string): Promise<FolderContents> {
  let root: string;
  try {
    root = await realpath(folder);
  } catch {
    throw new CliError(`no folder at ${folder}`);
  }
  if (!(await isDirectory(root))) throw new CliError(`${folder} is not a folder`);

  const problems = new ProblemList();
  const hasContent = await Promise.all([...MARKDOWN_KINDS.map((kind) => kind.folder), COLLATERAL_DIR].map((name) => isDirectory(path.join(root, name))));
  if (!hasContent.includes(true)) {
    problems.add('.', `nothing to import: expected battle-cards/, demo-scripts/, enablement-kits/ or ${COLLATERAL_DIR}/${MANIFEST_NAME}`);
  }
  const candidates: Candidate[] = [];
  for (const kind of MARKDOWN_KINDS) candidates.push(...(await readMarkdownFolder(root, kind, problems)));
  candidates.push(...(await readCollateral(root, problems)));
  reportDuplicateIds(candidates, problems);
  return { root, candidates, problems };
}
