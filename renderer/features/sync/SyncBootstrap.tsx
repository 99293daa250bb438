import { useEffect } from 'react';
import { useDatabase } from '../../db/useDatabase.ts';
import { restoreSession } from '../../sync/session.ts';

/** Resumes the saved session (and with it background sync) once the database is open. */
export function SyncBootstrap() {
  const db = useDatabase();
  useEffect(() => {
    void restoreSession(db);
  }, [db]);
  return null;
}
