import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/session.store.ts';
import { createAccount, updateAccount } from '../../db/repos/accounts.repo.ts';
import { useDatabase } from '../../db/useDatabase.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { ReadOnlyNotice } from '../team/ReadOnlyNotice.tsx';
import { useOwnership } from '../team/useOwnership.ts';
import { AccountForm } from './AccountForm.tsx';
import { useAccountDetail } from './useAccounts.ts';

export function NewAccountScreen() {
  const db = useDatabase();
  const userId = useSession((s) => s.userId);
  const navigate = useNavigate();
  return (
    <section aria-labelledby="screen-title">
      <Link to="/accounts" className="back">
        All accounts
      </Link>
      <h1 id="screen-title">New account</h1>
      <AccountForm
        account={null}
        submitLabel="Create account"
        onSave={async (fields) => {
          const created = await createAccount(db, userId, fields);
          await navigate(`/accounts/${encodeURIComponent(created.id)}`, { replace: true });
        }}
      />
    </section>
  );
}

export function EditAccountScreen() {
  const { accountId = '' } = useParams();
  const db = useDatabase();
  const navigate = useNavigate();
  const detail = useAccountDetail(accountId);
  const ownershipOf = useOwnership();
  const back = `/accounts/${encodeURIComponent(accountId)}`;
  return (
    <section aria-labelledby="screen-title">
      <Link to={back} className="back">
        Back to the account
      </Link>
      <LoadState query={detail}>
        {({ account }) =>
          account && !ownershipOf(account.ownerId).isMine ? (
            <>
              <h1 id="screen-title">{account.name}</h1>
              <ReadOnlyNotice ownership={ownershipOf(account.ownerId)} what="account" />
            </>
          ) : account ? (
            <>
              <h1 id="screen-title">Edit {account.name}</h1>
              <AccountForm
                account={account}
                submitLabel="Save account"
                onSave={async (fields) => {
                  await updateAccount(db, account.id, fields);
                  await navigate(back);
                }}
              />
            </>
          ) : (
            <h1 id="screen-title">Account not found</h1>
          )
        }
      </LoadState>
    </section>
  );
}
