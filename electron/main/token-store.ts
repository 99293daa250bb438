/**
 * Keeps the signed-in session (sync server, user, bearer token) between launches, sealed by the
 * OS keychain through Electron's safeStorage. Where safeStorage cannot protect it — encryption is
 * unavailable, or Linux has no keyring and would fall back to `basic_text`, a key hard-coded in
 * Chromium that is obfuscation, not encryption — the token never touches the disk: it is held in
 * memory for this run only, and every answer says which of the two happened.
 *
 * Built by a factory over safeStorage, a file path and fs functions so it runs under unit tests
 * without Electron; index.ts wires in the real ones once the app is ready (on Linux, safeStorage
 * only knows its backend after `ready`).
 */
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import {
  invalid,
  validateStoredSession,
  type LoadedSession,
  type SavedSession,
  type StoredSession,
  type Validation,
} from '../../shared/ipc/index.ts';

export const SESSION_FILE_NAME = 'session.bin';

/** A sealed session is well under 4 KiB; anything far larger is not ours. */
const MAX_SEALED_BYTES = 64 * 1024;

/** The part of Electron's safeStorage used here. */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  /** Exists on Linux only at runtime, although Electron's types declare it on every platform. */
  getSelectedStorageBackend?: () => string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The part of node:fs/promises used here. */
export interface TokenStoreFs {
  readFile(file: string): Promise<Buffer>;
  writeFile(file: string, data: Uint8Array, options: { mode: number; flag: string; flush: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
  mkdir(dir: string, options: { recursive: true; mode: number }): Promise<unknown>;
}

export interface TokenStoreLog {
  warn(message: string): void;
  error(message: string, error: unknown): void;
}

export interface TokenStoreOptions {
  readonly safeStorage: SafeStoragePort;
  /** Where the sealed session lives, inside `app.getPath('userData')`. */
  readonly filePath: string;
  readonly fs?: TokenStoreFs;
  readonly log?: TokenStoreLog;
}

export interface TokenStore {
  load(): Promise<LoadedSession>;
  save(session: StoredSession): Promise<SavedSession>;
  clear(): Promise<void>;
}

export function sessionFilePath(userDataDir: string): string {
  return path.join(userDataDir, SESSION_FILE_NAME);
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

export function createTokenStore(options: TokenStoreOptions): TokenStore {
  const { safeStorage, filePath, fs = nodeFs, log = console } = options;
  const tempPath = `${filePath}.tmp`;
  // Set only while the session could not be sealed; then there is no session file at all.
  let memorySession: StoredSession | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  // One operation at a time, in call order: a sign-out right after a sign-in must not be
  // overtaken by the sign-in's write, and two writes must not share the temp file.
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  }

  function canSeal(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    // 'unknown' is the answer before `ready`, when nothing about the backend can be trusted.
    const backend = safeStorage.getSelectedStorageBackend?.();
    return backend !== 'basic_text' && backend !== 'unknown';
  }

  async function removeFiles(): Promise<void> {
    await fs.rm(tempPath, { force: true });
    await fs.rm(filePath, { force: true });
  }

  // Written to a fresh temp file and renamed over the old one, so a crash leaves either the old
  // session or the new one, never half of one. 'wx' refuses to open an existing path, so the mode
  // always applies and a link planted at the temp path is not followed.
  async function writeSealed(session: StoredSession): Promise<void> {
    const sealed = safeStorage.encryptString(JSON.stringify(session));
    await fs.mkdir(path.dirname(filePath), { recursive: true, mode: 0o700 });
    await fs.rm(tempPath, { force: true });
    try {
      await fs.writeFile(tempPath, sealed, { mode: 0o600, flag: 'wx', flush: true });
      await fs.rename(tempPath, filePath);
    } catch (error) {
      await fs.rm(tempPath, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  // Reasons only, never the error text: a JSON parser's message quotes the input, which holds the token.
  function unseal(sealed: Buffer): Validation<StoredSession> {
    if (sealed.length === 0 || sealed.length > MAX_SEALED_BYTES) return invalid('it has an impossible size');
    let text: string;
    try {
      text = safeStorage.decryptString(sealed);
    } catch {
      return invalid('it could not be decrypted');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return invalid('it is not JSON');
    }
    const session = validateStoredSession(parsed);
    return session.ok ? session : invalid('it is not a valid session');
  }

  async function readSealed(): Promise<StoredSession | null> {
    let sealed: Buffer;
    try {
      sealed = await fs.readFile(filePath);
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
    const session = unseal(sealed);
    if (session.ok) return session.value;
    // Keeping it would fail the same way at every launch; the rep signs in again instead.
    log.warn(`[token-store] removed the saved session because ${session.message}`);
    await fs.rm(filePath, { force: true });
    return null;
  }

  return {
    load: () =>
      serial(async (): Promise<LoadedSession> => {
        if (memorySession !== null) return { session: memorySession, persistence: 'memory-only' };
        // Without a keyring the file cannot be opened now, but it may be again at the next launch
        // once the keyring is back, so it is left alone rather than treated as corrupt.
        if (!canSeal()) return { session: null, persistence: 'memory-only' };
        return { session: await readSealed(), persistence: 'keychain' };
      }),

    save: (session) =>
      serial(async (): Promise<SavedSession> => {
        if (canSeal()) {
          try {
            await writeSealed(session);
            memorySession = null;
            return { persistence: 'keychain' };
          } catch (error) {
            log.error('[token-store] could not seal the session to disk; keeping it in memory for this run', error);
          }
        }
        memorySession = session;
        // An older session left on disk would sign a different rep back in at the next launch.
        await removeFiles();
        return { persistence: 'memory-only' };
      }),

    clear: () =>
      serial(async (): Promise<void> => {
        memorySession = null;
        await removeFiles();
      }),
  };
}
