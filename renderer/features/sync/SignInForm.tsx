import { useState, type FormEvent } from 'react';
import { useDatabase } from '../../db/useDatabase.ts';
import { signIn } from '../../sync/session.ts';

/** Connects this laptop to the company's sync server: entered once, remembered after. */
export function SignInForm() {
  const db = useDatabase();
  const [serverUrl, setServerUrl] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setState({ busy: true, error: null });
    signIn(db, { serverUrl, email, password }).then(
      () => setState({ busy: false, error: null }),
      (error: unknown) => {
        const message = error instanceof TypeError ? 'The server cannot be reached at that address.' : error instanceof Error ? error.message : String(error);
        setState({ busy: false, error: message });
      },
    );
  };

  return (
    <form className="sign-in" aria-labelledby="sign-in-title" onSubmit={submit}>
      <h2 id="sign-in-title">Connect to your company’s Fieldcase server</h2>
      <p className="muted">
        Sign in once; afterwards this laptop catches up by itself whenever it is online. Your notes stay on this
        laptop either way.
      </p>
      <label htmlFor="sign-in-server">Server address</label>
      <input
        id="sign-in-server"
        type="url"
        required
        placeholder="https://fieldcase.example.com"
        value={serverUrl}
        onChange={(e) => setServerUrl(e.target.value)}
      />
      <label htmlFor="sign-in-email">Email</label>
      <input id="sign-in-email" type="email" required autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor="sign-in-password">Password</label>
      <input
        id="sign-in-password"
        type="password"
        required
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={state.busy}>
        {state.busy ? 'Signing in…' : 'Sign in'}
      </button>
      {state.error && <p role="alert">Sign-in failed: {state.error}</p>}
    </form>
  );
}
