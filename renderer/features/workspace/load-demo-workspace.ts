import type { FieldcaseDatabase } from '../../db/database.ts';
import { importWorkspace, type CollectionCounts } from '../../db/repos/workspace.repo.ts';

/**
 * Loads the demo workspace for the signed-in rep. The workspace's text is fetched on demand
 * (a separate chunk), so reps who never try the demo never load it.
 */
export async function loadDemoWorkspace(
  db: FieldcaseDatabase,
  rep: string,
  onProgress?: (done: number, total: number) => void,
): Promise<CollectionCounts> {
  const { demoWorkspaceFor } = await import('./demo-workspace.ts');
  // Meetings fall in the working hours of the rep's own day.
  const utcOffsetMinutes = -new Date().getTimezoneOffset();
  const counts = await importWorkspace(db, demoWorkspaceFor(rep, Date.now(), utcOffsetMinutes), onProgress);
  // The demo's collateral files too, so its PDFs and images open with no server (see demo-files.ts).
  const { storeDemoFiles } = await import('../collateral/demo-files.ts');
  await storeDemoFiles().catch((error: unknown) => console.warn('The demo files could not be kept on this laptop:', error));
  return counts;
}
