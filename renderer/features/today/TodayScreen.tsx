import { Link } from 'react-router';
import { LoadState } from '../../ui/LoadState.tsx';
import { DemoWorkspaceOffer } from '../workspace/DemoWorkspaceOffer.tsx';
import { useIsWorkspaceEmpty } from '../workspace/useWorkspace.ts';

export function TodayScreen() {
  const isEmpty = useIsWorkspaceEmpty();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Today</h1>
      <LoadState query={isEmpty}>
        {(empty) =>
          empty ? (
            <DemoWorkspaceOffer />
          ) : (
            <div className="coming-next">
              <p>
                Your day’s plan is not built yet. Today will list your meetings for today and the next 7 days —
                the account, the kind of meeting, the deal’s stage and the competitors in play — each with
                Prepare, which opens the pre-call brief, and the next steps from your notes that fall due.
              </p>
              <p>
                Already working: <Link to="/battle-cards">battle cards</Link> and <Link to="/notes">call notes</Link>,
                all stored on this laptop.
              </p>
            </div>
          )
        }
      </LoadState>
    </section>
  );
}
