import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import * as realFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredSession } from '../../shared/ipc/index.ts';
import { SESSION_FILE_NAME, createTokenStore, sessionFilePath, type SafeStoragePort, type TokenStoreFs } from './token-store.ts';

// The store never imports electron; this makes sure nothing on its import path does either.
vi.mock('electron', () => {
  throw new Error('token-store must not need the electron module');
});

const TOKEN = 'fc_Q2hhbmdlTWVJbkFUZXN0T25seU5vdEFSZWFsVG9rZW4xMjM';
const session: StoredSession = {
  serverUrl: 'https://sync.example.com',
  token: TOKEN,
  user: { id: 'u-rep-1', email: 'rita@example.com', name: 'Rita Rep', role: 'rep' },
};
const otherSession: StoredSession = {
  serverUrl: 'http://127.0.0.1:8787',
  token: 'fc_other-token-of-another-rep',
  user: { id: 'u-mgr-2', email: 'max@example.com', name: 'Max Manager', role: 'manager' },
};

interface FakeKeychain {
  backend?: string | undefined;
  isAvailable?: boolean;
  key?: Buffer;
}

/**
 * Stands in for Electron's safeStorage with real AES-256-GCM under a key only this fake holds,
 * as the OS keychain would: what it seals is unreadable without it, and tampering fails to open.
 */
function fakeSafeStorage(keychain: FakeKeychain = {}) {
  // An explicit `backend: undefined` stands for macOS and Windows, where the method does not exist.
  const hasBackendMethod = !('backend' in keychain) || keychain.backend !== undefined;
  const { backend = 'gnome_libsecret', isAvailable = true, key = randomBytes(32) } = keychain;
  return {
    isEncryptionAvailable: vi.fn(() => isAvailable),
    encryptString: vi.fn((plainText: string): Buffer => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]);
    }),
    decryptString: vi.fn((sealed: Buffer): string => {
      if (sealed.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting the ciphertext provided');
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(3, 15));
      decipher.setAuthTag(sealed.subarray(15, 31));
      return Buffer.concat([decipher.update(sealed.subarray(31)), decipher.final()]).toString('utf8');
    }),
    getSelectedStorageBackend: hasBackendMethod ? vi.fn((): string => backend) : undefined,
  } satisfies SafeStoragePort;
}

/** The real file system, every call spied on, so tests can assert what was (never) written. */
function spiedFs() {
  return {
    readFile: vi.fn((file: string) => realFs.readFile(file)),
    writeFile: vi.fn((file: string, data: Uint8Array, options: { mode: number; flag: string; flush: boolean }) =>
      realFs.writeFile(file, data, options),
    ),
    rename: vi.fn((from: string, to: string) => realFs.rename(from, to)),
    rm: vi.fn((file: string, options: { force: boolean }) => realFs.rm(file, options)),
    mkdir: vi.fn((dir: string, options: { recursive: true; mode: number }) => realFs.mkdir(dir, options)),
  } satisfies TokenStoreFs;
}

function quietLog() {
  return { warn: vi.fn(), error: vi.fn() };
}

let dir = '';
let file = '';

async function exists(target: string): Promise<boolean> {
  return realFs.stat(target).then(
    () => true,
    () => false,
  );
}

async function listDir(): Promise<string[]> {
  return (await realFs.readdir(dir)).sort();
}

beforeEach(async () => {
  dir = await realFs.mkdtemp(path.join(os.tmpdir(), 'fieldcase-token-store-'));
  file = sessionFilePath(dir);
});

afterEach(async () => {
  await realFs.rm(dir, { recursive: true, force: true });
});

describe('sessionFilePath', () => {
  it('puts session.bin inside the user data folder', () => {
    expect(SESSION_FILE_NAME).toBe('session.bin');
    expect(sessionFilePath('/home/rita/.config/Fieldcase')).toBe(path.join('/home/rita/.config/Fieldcase', 'session.bin'));
  });
});

describe('with a keychain', () => {
  it.each([
    ['a Linux keyring', 'gnome_libsecret'],
    ['KWallet', 'kwallet6'],
    ['macOS or Windows (no backend method)', undefined],
  ])('%s: saves to the file sealed, so its bytes do not hold the token', async (_label, backend) => {
    const fs = spiedFs();
    const safeStorage = fakeSafeStorage({ backend });
    const store = createTokenStore({ safeStorage, filePath: file, fs, log: quietLog() });

    await expect(store.save(session)).resolves.toEqual({ persistence: 'keychain' });

    const bytes = await realFs.readFile(file);
    expect(bytes.length).toBeGreaterThan(0);
    for (const secret of [TOKEN, TOKEN.slice(3, 20), session.user.email, session.serverUrl]) {
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
      expect(bytes.toString('latin1')).not.toContain(secret);
    }
    expect(safeStorage.encryptString.mock.calls).toEqual([[JSON.stringify(session)]]);
    expect(await listDir()).toEqual(['session.bin']);
  });

  it('writes a temp file with mode 0600 and renames it into place', async () => {
    const fs = spiedFs();
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs, log: quietLog() });
    await store.save(session);

    expect(fs.writeFile).toHaveBeenCalledTimes(1);
    const [written, , options] = fs.writeFile.mock.calls[0] ?? [];
    expect(written).toBe(`${file}.tmp`);
    expect(options).toEqual({ mode: 0o600, flag: 'wx', flush: true });
    expect(fs.rename.mock.calls).toEqual([[`${file}.tmp`, file]]);
    if (process.platform !== 'win32') expect((await realFs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('load round-trips the session, in this run and at the next launch', async () => {
    const safeStorage = fakeSafeStorage();
    const store = createTokenStore({ safeStorage, filePath: file, fs: spiedFs(), log: quietLog() });
    await store.save(session);
    await expect(store.load()).resolves.toEqual({ session, persistence: 'keychain' });

    const nextLaunch = createTokenStore({ safeStorage, filePath: file, fs: spiedFs(), log: quietLog() });
    await expect(nextLaunch.load()).resolves.toEqual({ session, persistence: 'keychain' });
  });

  it('load with no saved session answers null, keychain', async () => {
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs: spiedFs(), log: quietLog() });
    await expect(store.load()).resolves.toEqual({ session: null, persistence: 'keychain' });
  });

  it('a second save replaces the first', async () => {
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs: spiedFs(), log: quietLog() });
    await store.save(session);
    await store.save(otherSession);
    await expect(store.load()).resolves.toEqual({ session: otherSession, persistence: 'keychain' });
    expect(await listDir()).toEqual(['session.bin']);
  });

  it('replaces a temp file left behind by a crash mid-write', async () => {
    await realFs.writeFile(`${file}.tmp`, 'half a session', { mode: 0o644 });
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs: spiedFs(), log: quietLog() });
    await expect(store.save(session)).resolves.toEqual({ persistence: 'keychain' });
    await expect(store.load()).resolves.toEqual({ session, persistence: 'keychain' });
    expect(await listDir()).toEqual(['session.bin']);
  });

  it('creates the user data folder when it does not exist yet', async () => {
    const nested = sessionFilePath(path.join(dir, 'Fieldcase'));
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: nested, fs: spiedFs(), log: quietLog() });
    await store.save(session);
    expect(await exists(nested)).toBe(true);
  });
});

describe('without a keychain', () => {
  it.each([
    ['the basic_text backend (Linux, no keyring)', { backend: 'basic_text' }],
    ['safeStorage asked before ready', { backend: 'unknown' }],
    ['encryption unavailable', { isAvailable: false }],
    ['encryption unavailable on macOS or Windows', { isAvailable: false, backend: undefined }],
  ])('%s: never writes the session to disk and keeps it in memory', async (_label, keychain: FakeKeychain) => {
    const fs = spiedFs();
    const safeStorage = fakeSafeStorage(keychain);
    const store = createTokenStore({ safeStorage, filePath: file, fs, log: quietLog() });

    await expect(store.save(session)).resolves.toEqual({ persistence: 'memory-only' });
    await expect(store.load()).resolves.toEqual({ session, persistence: 'memory-only' });

    expect(fs.writeFile).not.toHaveBeenCalled();
    expect(fs.rename).not.toHaveBeenCalled();
    expect(fs.mkdir).not.toHaveBeenCalled();
    // Not even "encrypted": basic_text would use a key anyone can look up.
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    expect(await listDir()).toEqual([]);
  });

  it('the session is gone at the next launch', async () => {
    const safeStorage = fakeSafeStorage({ backend: 'basic_text' });
    await createTokenStore({ safeStorage, filePath: file, fs: spiedFs(), log: quietLog() }).save(session);
    const nextLaunch = createTokenStore({ safeStorage, filePath: file, fs: spiedFs(), log: quietLog() });
    await expect(nextLaunch.load()).resolves.toEqual({ session: null, persistence: 'memory-only' });
  });

  it('saving deletes a session sealed in an earlier run, so it cannot come back', async () => {
    const key = randomBytes(32);
    await createTokenStore({ safeStorage: fakeSafeStorage({ key }), filePath: file, fs: spiedFs(), log: quietLog() }).save(
      otherSession,
    );
    expect(await exists(file)).toBe(true);

    const withoutKeyring = createTokenStore({
      safeStorage: fakeSafeStorage({ key, backend: 'basic_text' }),
      filePath: file,
      fs: spiedFs(),
      log: quietLog(),
    });
    await expect(withoutKeyring.save(session)).resolves.toEqual({ persistence: 'memory-only' });
    expect(await listDir()).toEqual([]);

    const keyringBack = createTokenStore({ safeStorage: fakeSafeStorage({ key }), filePath: file, fs: spiedFs(), log: quietLog() });
    await expect(keyringBack.load()).resolves.toEqual({ session: null, persistence: 'keychain' });
  });

  it('loading leaves a sealed file alone for when the keyring is back', async () => {
    const key = randomBytes(32);
    await createTokenStore({ safeStorage: fakeSafeStorage({ key }), filePath: file, fs: spiedFs(), log: quietLog() }).save(session);
    const fs = spiedFs();
    const safeStorage = fakeSafeStorage({ key, backend: 'basic_text' });
    const withoutKeyring = createTokenStore({ safeStorage, filePath: file, fs, log: quietLog() });

    await expect(withoutKeyring.load()).resolves.toEqual({ session: null, persistence: 'memory-only' });
    expect(fs.readFile).not.toHaveBeenCalled();
    expect(fs.rm).not.toHaveBeenCalled();
    expect(safeStorage.decryptString).not.toHaveBeenCalled();

    const keyringBack = createTokenStore({ safeStorage: fakeSafeStorage({ key }), filePath: file, fs: spiedFs(), log: quietLog() });
    await expect(keyringBack.load()).resolves.toEqual({ session, persistence: 'keychain' });
  });
});

describe('a file that cannot be read back', () => {
  const sealedBy = (key: Buffer, text: string): Buffer => fakeSafeStorage({ key }).encryptString(text);

  it.each<[string, (key: Buffer) => Buffer, string]>([
    ['random bytes', () => randomBytes(200), 'it could not be decrypted'],
    ['an empty file', () => Buffer.alloc(0), 'it has an impossible size'],
    ['an oversized file', () => Buffer.alloc(65 * 1024, 1), 'it has an impossible size'],
    ['a plain-text session', () => Buffer.from(JSON.stringify(session)), 'it could not be decrypted'],
    ['a sealed file cut short', (key) => sealedBy(key, JSON.stringify(session)).subarray(0, 60), 'it could not be decrypted'],
    [
      'a sealed file with one byte flipped',
      (key) => {
        const bytes = sealedBy(key, JSON.stringify(session));
        bytes[40] = (bytes[40] ?? 0) ^ 0xff;
        return bytes;
      },
      'it could not be decrypted',
    ],
    ['a file sealed by another keychain', () => sealedBy(randomBytes(32), JSON.stringify(session)), 'it could not be decrypted'],
    ['sealed text that is not JSON', (key) => sealedBy(key, `token=${TOKEN}`), 'it is not JSON'],
    ['sealed JSON that is not a session', (key) => sealedBy(key, JSON.stringify({ ...session, token: '' })), 'it is not a valid session'],
    ['sealed JSON with an extra key', (key) => sealedBy(key, JSON.stringify({ ...session, admin: true })), 'it is not a valid session'],
    ['sealed JSON null', (key) => sealedBy(key, 'null'), 'it is not a valid session'],
  ])('%s: load answers null, removes the file and says why', async (_label, contents, reason) => {
    const key = randomBytes(32);
    await realFs.writeFile(file, contents(key));
    const log = quietLog();
    const store = createTokenStore({ safeStorage: fakeSafeStorage({ key }), filePath: file, fs: spiedFs(), log });

    await expect(store.load()).resolves.toEqual({ session: null, persistence: 'keychain' });
    expect(await exists(file)).toBe(false);
    expect(log.warn.mock.calls).toEqual([[`[token-store] removed the saved session because ${reason}`]]);

    // The rep can sign in again at once.
    await expect(store.save(session)).resolves.toEqual({ persistence: 'keychain' });
    await expect(store.load()).resolves.toEqual({ session, persistence: 'keychain' });
  });

  it('never logs the token, even when the sealed text is not JSON', async () => {
    const key = randomBytes(32);
    await realFs.writeFile(file, fakeSafeStorage({ key }).encryptString(`{"token":"${TOKEN}"`));
    const log = quietLog();
    await createTokenStore({ safeStorage: fakeSafeStorage({ key }), filePath: file, fs: spiedFs(), log }).load();
    expect(JSON.stringify([log.warn.mock.calls, log.error.mock.calls])).not.toContain(TOKEN.slice(3, 15));
  });

  it('rejects when the file exists but cannot be read, and keeps it', async () => {
    const fs = spiedFs();
    fs.readFile.mockRejectedValueOnce(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    await realFs.writeFile(file, 'sealed');
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs, log: quietLog() });
    await expect(store.load()).rejects.toThrow('EACCES');
    expect(await exists(file)).toBe(true);
  });
});

describe('when sealing fails', () => {
  it('a failed write keeps the session in memory, says so, and leaves no file behind', async () => {
    const fs = spiedFs();
    const log = quietLog();
    await createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs: spiedFs(), log }).save(otherSession);
    fs.rename.mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs, log });

    await expect(store.save(session)).resolves.toEqual({ persistence: 'memory-only' });
    await expect(store.load()).resolves.toEqual({ session, persistence: 'memory-only' });
    expect(log.error).toHaveBeenCalledTimes(1);
    // Neither the new session's temp file nor the older rep's session survives.
    expect(await listDir()).toEqual([]);
  });

  it('an encryption error keeps the session in memory without writing anything', async () => {
    const fs = spiedFs();
    const safeStorage = fakeSafeStorage();
    safeStorage.encryptString.mockImplementationOnce(() => {
      throw new Error('Error while encrypting the text provided to safeStorage.encryptString.');
    });
    const store = createTokenStore({ safeStorage, filePath: file, fs, log: quietLog() });
    await expect(store.save(session)).resolves.toEqual({ persistence: 'memory-only' });
    expect(fs.writeFile).not.toHaveBeenCalled();
  });

  it('a later save that seals replaces the session held in memory', async () => {
    const safeStorage = fakeSafeStorage();
    safeStorage.encryptString.mockImplementationOnce(() => {
      throw new Error('keychain locked');
    });
    const store = createTokenStore({ safeStorage, filePath: file, fs: spiedFs(), log: quietLog() });
    await store.save(otherSession);
    await expect(store.save(session)).resolves.toEqual({ persistence: 'keychain' });
    await expect(store.load()).resolves.toEqual({ session, persistence: 'keychain' });
  });
});

describe('clear', () => {
  it('removes the sealed file', async () => {
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs: spiedFs(), log: quietLog() });
    await store.save(session);
    await store.clear();
    expect(await listDir()).toEqual([]);
    await expect(store.load()).resolves.toEqual({ session: null, persistence: 'keychain' });
  });

  it('forgets the session held in memory', async () => {
    const store = createTokenStore({
      safeStorage: fakeSafeStorage({ backend: 'basic_text' }),
      filePath: file,
      fs: spiedFs(),
      log: quietLog(),
    });
    await store.save(session);
    await store.clear();
    await expect(store.load()).resolves.toEqual({ session: null, persistence: 'memory-only' });
  });

  it('removes a leftover temp file too, and succeeds when there is nothing to remove', async () => {
    await realFs.writeFile(`${file}.tmp`, 'half a session');
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs: spiedFs(), log: quietLog() });
    await expect(store.clear()).resolves.toBeUndefined();
    await expect(store.clear()).resolves.toBeUndefined();
    expect(await listDir()).toEqual([]);
  });

  it('runs after a save that is still writing, so a quick sign-out wins', async () => {
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs: spiedFs(), log: quietLog() });
    const saving = store.save(session);
    const clearing = store.clear();
    const loading = store.load();
    await expect(saving).resolves.toEqual({ persistence: 'keychain' });
    await expect(clearing).resolves.toBeUndefined();
    await expect(loading).resolves.toEqual({ session: null, persistence: 'keychain' });
    expect(await listDir()).toEqual([]);
  });

  it('keeps serving calls after one failed', async () => {
    const fs = spiedFs();
    fs.rm.mockRejectedValueOnce(new Error('EBUSY'));
    const store = createTokenStore({ safeStorage: fakeSafeStorage(), filePath: file, fs, log: quietLog() });
    await expect(store.clear()).rejects.toThrow('EBUSY');
    await expect(store.save(session)).resolves.toEqual({ persistence: 'keychain' });
  });
});
