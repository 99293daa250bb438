/**
 * Signing in and out, and keeping sync running for the signed-in rep. The token lives here
 * and in the platform's session vault, never in UI state.
 */
import { useSession, LOCAL_REP_ID } from '../app/session.store.ts';
import type { FieldcaseDatabase } from '../db/database.ts';
import { adoptLocalDocuments } from '../db/repos/workspace.repo.ts';
import { getPlatform } from '../platform/platform.ts';
import type { StoredSession } from '../platform/session-vault.ts';
import { startSyncController, type SyncController } from './controller.ts';
import { createTransport } from './transport.ts';

let controller: SyncController | null = null;
let token: string | null = null;

function start(db: FieldcaseDatabase, session: StoredSession): void {
  token = session.token;
  const transport = createTransport({ baseUrl: session.serverUrl, getToken: () => token });
  controller = startSyncController({
    db,
    transport,
    identity: `${session.serverUrl}|${session.user.id}`,
    onResumed: (listener) => getPlatform().onResumed(listener),
    onSignedOut: () => void signOut(),
  });
  useSession.setState({ status: 'signed-in', userId: session.user.id, user: session.user, serverUrl: session.serverUrl });
}

/**
 * Builds made by `npm run web` / `npm start` name the demo server they started; on the first
 * launch such a build signs in to it as the demo rep. Never in release builds, and only once:
 * a rep who signs out stays signed out.
 */
const DEMO_SERVER: string | undefined = import.meta.env['VITE_FIELDCASE_DEMO_SERVER'];
const DEMO_SIGN_IN_DONE = 'fieldcase:demo-sign-in-done';

async function signInToDemoServer(db: FieldcaseDatabase): Promise<boolean> {
  if (!DEMO_SERVER || localStorage.getItem(DEMO_SIGN_IN_DONE)) return false;
  try {
    await signIn(db, { serverUrl: DEMO_SERVER, email: 'rep@demo.fieldcase', password: 'fieldcase-demo' });
    localStorage.setItem(DEMO_SIGN_IN_DONE, '1');
    return true;
  } catch (error) {
    console.warn('Could not sign in to the demo server:', error);
    return false;
  }
}

/** At start: resume the saved session, if any. */
export async function restoreSession(db: FieldcaseDatabase): Promise<void> {
  const { session, persistence } = await getPlatform()
    .sessions.load()
    .catch(() => ({ session: null, persistence: 'memory-only' as const }));
  useSession.setState({ persistence });
  if (session) start(db, session);
  else if (!(await signInToDemoServer(db))) useSession.setState({ status: 'local' });
}

export interface SignInInput {
  serverUrl: string;
  email: string;
  password: string;
}

export async function signIn(db: FieldcaseDatabase, input: SignInInput): Promise<void> {
  const transport = createTransport({ baseUrl: input.serverUrl, getToken: () => null });
  const { token: newToken, user } = await transport.login(input.email.trim(), input.password);
  const session: StoredSession = { serverUrl: transport.baseUrl, token: newToken, user };
  useSession.setState({ persistence: await getPlatform().sessions.save(session) });
  await adoptLocalDocuments(db, LOCAL_REP_ID, user.id);
  await controller?.stop();
  start(db, session);
}

/** Stops sync and forgets the token. Local data stays: nothing typed is dropped by signing out. */
export async function signOut(): Promise<void> {
  const running = controller;
  controller = null;
  token = null;
  await running?.stop();
  await getPlatform().sessions.clear();
  useSession.setState({ status: 'local', user: null, serverUrl: null });
}

/** Where and how to fetch collateral files, while signed in. */
export function fileAccess(): { baseUrl: string; token: string } | null {
  const { serverUrl } = useSession.getState();
  return serverUrl && token ? { baseUrl: serverUrl, token } : null;
}

export function syncNow(): void {
  controller?.syncNow();
}
