import { Navigate, Route, Routes } from 'react-router';
import { EditAccountScreen, NewAccountScreen } from '../features/accounts/AccountEditScreens.tsx';
import { AccountScreen } from '../features/accounts/AccountScreen.tsx';
import { AccountsScreen } from '../features/accounts/AccountsScreen.tsx';
import { NewOpportunityScreen, OpportunityScreen } from '../features/accounts/OpportunityScreens.tsx';
import { PipelineScreen } from '../features/accounts/PipelineScreen.tsx';
import { AccountBriefScreen, MeetingBriefScreen } from '../features/brief/BriefScreen.tsx';
import { BattleCardScreen } from '../features/battle-cards/BattleCardScreen.tsx';
import { BattleCardsScreen } from '../features/battle-cards/BattleCardsScreen.tsx';
import { QuickReviewScreen } from '../features/battle-cards/QuickReviewScreen.tsx';
import { CollateralItemScreen } from '../features/collateral/CollateralItemScreen.tsx';
import { CollateralScreen } from '../features/collateral/CollateralScreen.tsx';
import { DemoPlayerScreen } from '../features/demo-scripts/DemoPlayerScreen.tsx';
import { DemoRunSummaryScreen } from '../features/demo-scripts/DemoRunSummaryScreen.tsx';
import { DemoScriptScreen } from '../features/demo-scripts/DemoScriptScreen.tsx';
import { DemoScriptsScreen } from '../features/demo-scripts/DemoScriptsScreen.tsx';
import { FeedbackScreen } from '../features/feedback/FeedbackScreen.tsx';
import { ForecastScreen } from '../features/forecast/ForecastScreen.tsx';
import { NewNoteScreen } from '../features/notes/NewNoteScreen.tsx';
import { NoteScreen } from '../features/notes/NoteScreen.tsx';
import { NotesScreen } from '../features/notes/NotesScreen.tsx';
import { KitScreen } from '../features/readiness/KitScreen.tsx';
import { KnowledgeCheckScreen } from '../features/readiness/KnowledgeCheckScreen.tsx';
import { ReadinessScreen } from '../features/readiness/ReadinessScreen.tsx';
import { SyncScreen } from '../features/sync/SyncScreen.tsx';
import { TalkTrackScreen } from '../features/talk-track/TalkTrackScreen.tsx';
import { TodayScreen } from '../features/today/TodayScreen.tsx';
import { NotFoundScreen } from './NotFoundScreen.tsx';

/** The talk-track pop-out's route: rendered without the app's layout (see Layout.tsx). */
export const TALK_TRACK_PATH = '/talk-track';

export const NAV_ITEMS = [
  { to: '/today', label: 'Today' },
  { to: '/accounts', label: 'Accounts' },
  { to: '/pipeline', label: 'Pipeline' },
  { to: '/forecast', label: 'Forecast' },
  { to: '/battle-cards', label: 'Battle cards' },
  { to: '/collateral', label: 'Collateral' },
  { to: '/demo-scripts', label: 'Demo scripts' },
  { to: '/readiness', label: 'Readiness' },
  { to: '/notes', label: 'Notes' },
  { to: '/feedback', label: 'Feedback' },
  { to: '/sync', label: 'Sync' },
] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/today" replace />} />
      <Route path="/today" element={<TodayScreen />} />
      <Route path="/accounts" element={<AccountsScreen />} />
      <Route path="/accounts/new" element={<NewAccountScreen />} />
      <Route path="/accounts/:accountId" element={<AccountScreen />} />
      <Route path="/accounts/:accountId/edit" element={<EditAccountScreen />} />
      <Route path="/accounts/:accountId/brief" element={<AccountBriefScreen />} />
      <Route path="/accounts/:accountId/opportunities/new" element={<NewOpportunityScreen />} />
      <Route path="/opportunities/:opportunityId" element={<OpportunityScreen />} />
      <Route path="/pipeline" element={<PipelineScreen />} />
      <Route path="/forecast" element={<ForecastScreen />} />
      <Route path="/meetings/:meetingId/brief" element={<MeetingBriefScreen />} />
      <Route path="/battle-cards" element={<BattleCardsScreen />} />
      <Route path="/battle-cards/review" element={<QuickReviewScreen />} />
      <Route path="/battle-cards/:cardId" element={<BattleCardScreen />} />
      <Route path="/collateral" element={<CollateralScreen />} />
      <Route path="/collateral/:itemId" element={<CollateralItemScreen />} />
      <Route path="/demo-scripts" element={<DemoScriptsScreen />} />
      <Route path="/demo-scripts/:scriptId" element={<DemoScriptScreen />} />
      <Route path="/demo-scripts/:scriptId/play" element={<DemoPlayerScreen />} />
      <Route path="/demo-scripts/:scriptId/runs/:runId" element={<DemoRunSummaryScreen />} />
      <Route path="/readiness" element={<ReadinessScreen />} />
      <Route path="/readiness/:kitId" element={<KitScreen />} />
      <Route path="/readiness/:kitId/check" element={<KnowledgeCheckScreen />} />
      <Route path={TALK_TRACK_PATH} element={<TalkTrackScreen />} />
      <Route path="/notes" element={<NotesScreen />} />
      <Route path="/notes/new" element={<NewNoteScreen />} />
      <Route path="/notes/:noteId" element={<NoteScreen />} />
      <Route path="/feedback" element={<FeedbackScreen />} />
      <Route path="/sync" element={<SyncScreen />} />
      <Route path="*" element={<NotFoundScreen />} />
    </Routes>
  );
}
