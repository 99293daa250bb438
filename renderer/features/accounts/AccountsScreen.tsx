import { Link } from 'react-router';
import { LoadState } from '../../ui/LoadState.tsx';
import '../crm/crm.css';
import { DemoWorkspaceOffer } from '../workspace/DemoWorkspaceOffer.tsx';
import { useAccountsUi } from './accounts.store.ts';
import { filterAccounts } from './filter-accounts.ts';
import { useAccounts } from './useAccounts.ts';

const SHOWN_AT_ONCE = 200;

export function AccountsScreen() {
  const accounts = useAccounts();
  const query = useAccountsUi((s) => s.query);
  const setQuery = useAccountsUi((s) => s.setQuery);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Accounts</h1>
      <div className="toolbar">
        <label>
          Filter accounts{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, industry or city" />
        </label>
        <Link className="button" to="/accounts/new">
          New account
        </Link>
        <Link to="/pipeline">Pipeline board</Link>
      </div>
      <LoadState query={accounts}>
        {(all) => {
          if (all.length === 0) return <DemoWorkspaceOffer />;
          const found = filterAccounts(all, query);
          return (
            <>
              <p className="muted" role="status">
                {found.length === all.length ? `${all.length} accounts` : `${found.length} of ${all.length} accounts`}
                {found.length > SHOWN_AT_ONCE ? `; the first ${SHOWN_AT_ONCE} are shown, type to narrow them down` : ''}
              </p>
              <ul className="plain-list account-list">
                {found.slice(0, SHOWN_AT_ONCE).map((account) => (
                  <li key={account.id}>
                    <Link to={`/accounts/${encodeURIComponent(account.id)}`}>{account.name}</Link>{' '}
                    <span className="muted">{[account.industry, account.city, account.country].filter(Boolean).join(' · ')}</span>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
