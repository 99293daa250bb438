import { DEMO_OWNERS_LOCAL, buildDemoWorkspace, type DemoWorkspace } from '../../../shared/demo/index.ts';

/**
 * What one rep sees of the demo workspace: all published content, and only the documents the
 * rep owns (the demo's second rep exists for the server's visibility rules).
 */
export function demoWorkspaceFor(rep: string, now: number, utcOffsetMinutes: number): DemoWorkspace {
  const workspace = buildDemoWorkspace({ now, utcOffsetMinutes, owners: { ...DEMO_OWNERS_LOCAL, rep } });
  const mine = <T extends { ownerId: string }>(docs: T[]): T[] => docs.filter((doc) => doc.ownerId === rep);
  return {
    ...workspace,
    call_notes: mine(workspace.call_notes),
    feedback: mine(workspace.feedback),
    accounts: mine(workspace.accounts),
    contacts: mine(workspace.contacts),
    opportunities: mine(workspace.opportunities),
    meetings: mine(workspace.meetings),
    activities: mine(workspace.activities),
  };
}
