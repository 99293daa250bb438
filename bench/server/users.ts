/**
 * The bench's users: created directly in the store, as `npm run admin` would, then signed in
 * over HTTP like any client. Every user shares one password hash, since scrypt is slow on purpose.
 */
import { hashPassword } from '../../server/auth/password.ts';
import type { Store } from '../../server/store/store.ts';
import type { LoginResponse, UserRole } from '../../shared/sync/protocol.ts';
import { keepAliveAgent, requestJson } from './client.ts';
import type { Signed } from './scenarios.ts';

const PASSWORD = 'bench password, long enough';

let passwordHash: Promise<string> | undefined;

/** Adds `count` users of `role` to the store and returns their ids and bearer tokens. */
export async function signUp(store: Store, base: string, role: UserRole, count: number): Promise<Signed[]> {
  passwordHash ??= hashPassword(PASSWORD);
  const agent = keepAliveAgent(1);
  try {
    const users: Signed[] = [];
    for (let i = 1; i <= count; i += 1) {
      const id = `bench-${role}-${i}`;
      const email = `${id}@bench.fieldcase`;
      const user = { id, email, name: `Bench ${role} ${i}`, role, passwordHash: await passwordHash, createdAt: Date.now(), disabledAt: null };
      await store.createUser(user);
      const body = JSON.stringify({ email, password: PASSWORD });
      const login = await requestJson<LoginResponse>({ agent, method: 'POST', url: `${base}/api/v1/auth/login`, body });
      users.push({ id, token: login.token });
    }
    return users;
  } finally {
    agent.destroy();
  }
}
