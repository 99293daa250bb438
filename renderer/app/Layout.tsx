import type { ReactNode } from 'react';
import { NavLink, useMatch } from 'react-router';
import { SearchBar } from '../features/search/SearchBar.tsx';
import { QuickCapture } from '../features/notes/QuickCapture.tsx';
import { SyncBadge } from '../features/sync/SyncBadge.tsx';
import { NAV_ITEMS, TALK_TRACK_PATH } from './AppRoutes.tsx';

export function Layout({ children }: { children: ReactNode }) {
  // The talk-track pop-out is a small window of its own: no navigation, header or search.
  if (useMatch(TALK_TRACK_PATH)) return <>{children}</>;
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Fieldcase</span>
        <SearchBar />
        <SyncBadge />
      </header>
      <nav className="sidebar" aria-label="Main">
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to}>{item.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <QuickCapture />
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
