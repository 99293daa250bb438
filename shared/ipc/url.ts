/**
 * Decides which URLs may leave the app for the system browser. `shell.openExternal` hands its
 * argument to the OS, where `file:`, `javascript:` or custom protocol handlers can run code, so only
 * plain web links pass.
 */
import { hasControlCharacter, invalid, valid, type Validation } from './validate.ts';

export const MAX_EXTERNAL_URL_LENGTH = 2048;

// Checked on the raw text because the WHATWG parser "repairs" input: it strips surrounding
// whitespace and control characters and turns `https:/evil` or `https:evil` into `https://evil/`.
const WEB_URL_PREFIX = /^https?:\/\/[^/\\]/i;
const WHITESPACE_OR_BACKSLASH = /[\s\\]/;

export function validateExternalUrl(input: unknown): Validation<string> {
  if (typeof input !== 'string') return invalid('url must be a string');
  if (input.length === 0 || input.length > MAX_EXTERNAL_URL_LENGTH) {
    return invalid(`url must be 1 to ${MAX_EXTERNAL_URL_LENGTH} characters`);
  }
  if (hasControlCharacter(input) || WHITESPACE_OR_BACKSLASH.test(input)) {
    return invalid('url contains whitespace, control characters or backslashes');
  }
  if (!WEB_URL_PREFIX.test(input)) return invalid('url must start with http:// or https://');

  // Any `@` in the authority is userinfo, even an empty one: such links exist to make a
  // trusted-looking name precede the real host (https://bank.example@evil.example).
  const afterScheme = input.slice(input.indexOf('//') + 2);
  const authority = afterScheme.split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('@')) return invalid('url must not contain credentials');

  let parsed: URL;
  try {
    parsed = new URL(input);
  } catch {
    return invalid('url is not a valid URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return invalid('url must be http or https');
  if (parsed.username !== '' || parsed.password !== '') return invalid('url must not contain credentials');
  if (parsed.hostname === '') return invalid('url must have a host');
  if (parsed.href.length > MAX_EXTERNAL_URL_LENGTH) return invalid('url is too long once normalised');
  return valid(parsed.href);
}
