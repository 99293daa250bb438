import type { TokenStore } from '../token-store.ts';
import type { Handle } from './register.ts';

/**
 * The renderer keeps its signed-in session here rather than in its own storage, so the token is
 * sealed by the OS keychain. `session:save` receives only what validateStoredSession rebuilt.
 */
export function registerSessionIpc(handle: Handle, tokenStore: TokenStore): void {
  handle('session:load', () => tokenStore.load());
  handle('session:save', (session) => tokenStore.save(session));
  handle('session:clear', async () => {
    await tokenStore.clear();
    return null;
  });
}
