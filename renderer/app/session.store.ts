import { create } from 'zustand';
import type { SessionUser } from '../../shared/sync/protocol.ts';
import type { SessionPersistence } from '../platform/platform.ts';

/** The rep's id on this laptop until sign-in; documents created before then carry it. */
export const LOCAL_REP_ID = 'local-rep';

/**
 * Who is using the app. `loading` until the saved session has been read; `local` when nobody
 * has signed in (everything stays on the laptop); `signed-in` with a server to sync with.
 */
export interface SessionState {
  status: 'loading' | 'local' | 'signed-in';
  userId: string;
  user: SessionUser | null;
  serverUrl: string | null;
  /** How the session survives a restart; 'memory-only' means signing in again next launch. */
  persistence: SessionPersistence | null;
}

export const useSession = create<SessionState>(() => ({
  status: 'loading',
  userId: LOCAL_REP_ID,
  user: null,
  serverUrl: null,
  persistence: null,
}));
