/**
 * "Open this file with the system's app" (`files:open-with-system`). Main writes the bytes into
 * its own temporary folder and hands the path to the OS, which picks the program by extension, so
 * the name is the dangerous part: it must stay one plain file name inside that folder, and its
 * extension must be a document type, never something the OS would run (.exe, .sh, .desktop, .lnk,
 * .html opening a local page with file:// rights, ...).
 */
import { hasControlCharacter, hasExactKeys, invalid, isPlainObject, valid, type Validation, type Validator } from './validate.ts';

export const MAX_FILE_NAME_LENGTH = 200;
/** Collateral decks and videos can be large; beyond this the rep saves a copy instead. */
export const MAX_OPEN_FILE_BYTES = 256 * 1024 * 1024;

/** Document types the system may open. Anything executable or scriptable is missing on purpose. */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  'pdf', 'txt', 'md', 'csv', 'rtf',
  'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx',
  'odt', 'ods', 'odp', 'key', 'pages', 'numbers',
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'heic',
  'mp4', 'm4v', 'mov', 'webm', 'mp3', 'm4a', 'wav',
  'zip',
]);

/** Extensions for files whose name has none, from the type the server recorded. */
const EXTENSION_BY_MIME_TYPE: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/csv': 'csv',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
};

// Windows gives these names to devices whatever the extension (CON.pdf is the console).
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
// Separators, Windows-reserved characters and the colon of drive letters and alternate streams.
const FORBIDDEN_CHARACTERS = /[/\\:*?"<>|]/;
// Unicode bidi overrides and isolates can make "invoice‮fdp.exe" read as "invoice.exe.pdf".
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/;
const BIDI_CONTROLS_GLOBAL = new RegExp(BIDI_CONTROLS.source, 'g');

export interface OpenFilePayload {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** A single file name with an openable document extension, or why not. */
export function validateOpenableFileName(input: unknown): Validation<string> {
  if (typeof input !== 'string') return invalid('name must be a string');
  if (input.length === 0 || input.length > MAX_FILE_NAME_LENGTH) return invalid(`name must be 1 to ${MAX_FILE_NAME_LENGTH} characters`);
  if (hasControlCharacter(input) || BIDI_CONTROLS.test(input)) return invalid('name contains control characters');
  if (FORBIDDEN_CHARACTERS.test(input)) return invalid('name must not contain / \\ : * ? " < > |');
  if (input.trim() !== input || input.endsWith('.')) return invalid('name must not start or end with spaces or end with a dot');
  if (input.startsWith('.')) return invalid('name must not start with a dot');
  if (WINDOWS_DEVICE_NAME.test(input)) return invalid('name is a reserved device name');
  const extension = extensionOf(input);
  if (!OPENABLE_EXTENSIONS.has(extension)) return invalid(`files of type "${extension || 'none'}" are not opened by the app`);
  return valid(input);
}

/**
 * The name a file is saved or opened under: what the server called it, with characters no file
 * system accepts replaced, and an extension from its type when it has none. The result may still
 * be refused by validateOpenableFileName (an .exe stays an .exe); this only repairs honest names.
 */
export function toSafeFileName(name: string, mimeType = ''): string {
  let safe = Array.from(name, (character) => (hasControlCharacter(character) ? '' : character))
    .join('')
    .replace(BIDI_CONTROLS_GLOBAL, '')
    .replace(/[/\\:*?"<>|]/g, '_')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  if (safe === '' || WINDOWS_DEVICE_NAME.test(safe)) safe = `file${safe === '' ? '' : `-${safe}`}`;
  const fallback = EXTENSION_BY_MIME_TYPE[mimeType.toLowerCase().split(';', 1)[0]?.trim() ?? ''];
  if (extensionOf(safe) === '' && fallback !== undefined) safe = `${safe}.${fallback}`;
  if (safe.length <= MAX_FILE_NAME_LENGTH) return safe;
  const extension = extensionOf(safe);
  const keep = extension === '' ? '' : `.${extension}`;
  return `${safe.slice(0, MAX_FILE_NAME_LENGTH - keep.length)}${keep}`;
}

export const validateOpenFilePayload: Validator<OpenFilePayload> = (input) => {
  if (!isPlainObject(input) || !hasExactKeys(input, ['name', 'bytes'])) return invalid('payload must be { name, bytes }');
  const name = validateOpenableFileName(input.name);
  if (!name.ok) return name;
  const { bytes } = input;
  if (!(bytes instanceof Uint8Array)) return invalid('bytes must be a Uint8Array');
  if (bytes.byteLength > MAX_OPEN_FILE_BYTES) return invalid(`file is larger than ${MAX_OPEN_FILE_BYTES} bytes`);
  return valid({ name: name.value, bytes });
};
