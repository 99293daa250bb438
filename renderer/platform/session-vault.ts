/**
 * Keeps the signed-in session (server, user, token) between launches, as safely as the
 * platform allows. In a browser there is no keychain, so the session is encrypted with an
 * AES-GCM key that is generated non-extractable: the key lives in IndexedDB but its bytes can
 * never be read out, so a copy of the profile's files does not reveal the token, and only this
 * origin's code can use it. (The desktop app keeps its token with the OS keychain instead.)
 */
import type { SessionUser } from '../../shared/sync/protocol.ts';

export interface StoredSession {
  serverUrl: string;
  token: string;
  user: SessionUser;
}

const DB_NAME = 'fieldcase-vault';
const STORE = 'vault';
const KEY_ID = 'session-key';
const SESSION_ID = 'session';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the session vault could not be opened'));
  });
}

function run<T>(db: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = work(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the session vault failed'));
  });
}

async function sessionKey(db: IDBDatabase): Promise<CryptoKey> {
  const existing = await run<CryptoKey | undefined>(db, 'readonly', (s) => s.get(KEY_ID));
  if (existing) return existing;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await run(db, 'readwrite', (s) => s.put(key, KEY_ID));
  return key;
}

interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

export async function saveSession(session: StoredSession): Promise<void> {
  const db = await open();
  try {
    const key = await sessionKey(db);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(session)));
    await run(db, 'readwrite', (s) => s.put({ iv, data } satisfies Sealed, SESSION_ID));
  } finally {
    db.close();
  }
}

export async function loadSession(): Promise<StoredSession | null> {
  const db = await open();
  try {
    const sealed = await run<Sealed | undefined>(db, 'readonly', (s) => s.get(SESSION_ID));
    if (!sealed) return null;
    const key = await sessionKey(db);
    try {
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
      return JSON.parse(new TextDecoder().decode(plain)) as StoredSession;
    } catch {
      // Sealed with a key that is gone (profile partly restored): the rep signs in again.
      return null;
    }
  } finally {
    db.close();
  }
}

export async function clearSession(): Promise<void> {
  const db = await open();
  try {
    await run(db, 'readwrite', (s) => s.delete(SESSION_ID));
  } finally {
    db.close();
  }
}
