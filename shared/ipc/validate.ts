/**
 * The tiny validation vocabulary of the IPC contract. Hand-written type guards instead of a schema
 * library: the contract is imported by the sandboxed preload and by main, and must stay dependency
 * free and CSP-safe (no `eval`-compiled validators).
 */
export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

export type Validator<T> = (input: unknown) => Validation<T>;

export function valid<T>(value: T): Validation<T> {
  return { ok: true, value };
}

export function invalid<T = never>(message: string): Validation<T> {
  return { ok: false, message };
}

/**
 * True only for objects made by an object literal (what structured clone delivers over IPC):
 * arrays, class instances, boxed primitives and proxies of exotic prototypes are refused.
 */
export function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const proto: unknown = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
}

/** Exact key set: an unexpected key is a sign of a confused or hostile caller, so refuse it. */
export function hasExactKeys(input: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(input);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(input, key));
}

/** C0 controls and DEL: never legitimate in a URL or file name, and a classic truncation trick (NUL). */
export function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
