import { create } from 'zustand';

/** The rep's id on this laptop until sign-in exists; documents created before then carry it. */
export const LOCAL_REP_ID = 'local-rep';

/** Who is using the app. Sign-in (with the sync server) will set the real user. */
interface SessionState {
  userId: string;
}

export const useSession = create<SessionState>(() => ({ userId: LOCAL_REP_ID }));
