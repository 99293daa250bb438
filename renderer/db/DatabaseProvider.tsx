import { createContext, useCallback, useEffect, useState, type ReactNode } from 'react';
import { getDatabase, type FieldcaseDatabase } from './database.ts';

export const DatabaseContext = createContext<FieldcaseDatabase | null>(null);

type OpenState = { status: 'opening' } | { status: 'open'; db: FieldcaseDatabase } | { status: 'failed'; message: string };

function describeOpenError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/QuotaExceeded|quota/i.test(message)) return 'This device is out of storage space. Free some space, then try again.';
  if (/indexedDB|IDB/i.test(message)) return `This browser cannot store data locally (${message}). Private windows often block it.`;
  return message;
}

/** Opens the local database once and gives it to every screen; says plainly when it cannot. */
export function DatabaseProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<OpenState>({ status: 'opening' });
  const open = useCallback(() => {
    getDatabase().then(
      (db) => setState({ status: 'open', db }),
      (error: unknown) => setState({ status: 'failed', message: describeOpenError(error) }),
    );
  }, []);
  const retry = () => {
    setState({ status: 'opening' });
    open();
  };

  useEffect(open, [open]);

  if (state.status === 'opening') {
    return (
      <p className="startup" role="status">
        Opening your local data…
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="startup" role="alert">
        <h1>Fieldcase could not open its local data</h1>
        <p>{state.message}</p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  return <DatabaseContext.Provider value={state.db}>{children}</DatabaseContext.Provider>;
}
