import { create } from 'zustand';
import { DEMO_OWNERS_LOCAL } from '../../shared/demo/index.ts';

/**
 * Who is using the app. Until sign-in exists the rep works as the local rep, the same id the
 * demo workspace assigns its documents to, so the demo's notes are the rep's own.
 */
interface SessionState {
  userId: string;
}

export const useSession = create<SessionState>(() => ({ userId: DEMO_OWNERS_LOCAL.rep }));
