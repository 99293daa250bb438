import { HashRouter } from 'react-router';
import { DatabaseProvider } from '../db/DatabaseProvider.tsx';
import { SyncBootstrap } from '../features/sync/SyncBootstrap.tsx';
import { TeamDataRefresh } from '../features/team/TeamDataRefresh.tsx';
import { AppRoutes } from './AppRoutes.tsx';
import { DesktopShell } from './desktop-commands.ts';
import { Layout } from './Layout.tsx';

/**
 * Hash routing: the same build works over app:// in Electron, from a static web server and
 * from the offline cache, with no server-side route fallback.
 */
export function App() {
  return (
    <HashRouter>
      <DatabaseProvider>
        <SyncBootstrap />
        <TeamDataRefresh />
        <DesktopShell />
        <Layout>
          <AppRoutes />
        </Layout>
      </DatabaseProvider>
    </HashRouter>
  );
}
