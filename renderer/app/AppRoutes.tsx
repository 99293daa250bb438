import { Navigate, Route, Routes } from 'react-router';
import { AccountsScreen } from '../features/accounts/AccountsScreen.tsx';
import { BattleCardScreen } from '../features/battle-cards/BattleCardScreen.tsx';
import { BattleCardsScreen } from '../features/battle-cards/BattleCardsScreen.tsx';
import { CollateralScreen } from '../features/collateral/CollateralScreen.tsx';
import { DemoScriptsScreen } from '../features/demo-scripts/DemoScriptsScreen.tsx';
import { NoteScreen } from '../features/notes/NoteScreen.tsx';
import { NotesScreen } from '../features/notes/NotesScreen.tsx';
import { SyncScreen } from '../features/sync/SyncScreen.tsx';
import { TodayScreen } from '../features/today/TodayScreen.tsx';
import { NotFoundScreen } from './NotFoundScreen.tsx';

export const NAV_ITEMS = [
  { to: '/today', label: 'Today' },
  { to: '/accounts', label: 'Accounts' },
  { to: '/battle-cards', label: 'Battle cards' },
  { to: '/collateral', label: 'Collateral' },
  { to: '/demo-scripts', label: 'Demo scripts' },
  { to: '/notes', label: 'Notes' },
  { to: '/sync', label: 'Sync' },
] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/today" replace />} />
      <Route path="/today" element={<TodayScreen />} />
      <Route path="/accounts" element={<AccountsScreen />} />
      <Route path="/battle-cards" element={<BattleCardsScreen />} />
      <Route path="/battle-cards/:cardId" element={<BattleCardScreen />} />
      <Route path="/collateral" element={<CollateralScreen />} />
      <Route path="/demo-scripts" element={<DemoScriptsScreen />} />
      <Route path="/notes" element={<NotesScreen />} />
      <Route path="/notes/:noteId" element={<NoteScreen />} />
      <Route path="/sync" element={<SyncScreen />} />
      <Route path="*" element={<NotFoundScreen />} />
    </Routes>
  );
}
