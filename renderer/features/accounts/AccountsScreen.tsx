import { ComingNext } from '../../ui/ComingNext.tsx';

export function AccountsScreen() {
  return (
    <ComingNext
      title="Accounts"
      items={[
        'Your accounts with search, their contacts and the latest notes',
        'Opportunities through Qualification, Demo, Proposal, Negotiation and Closed, with stage history',
        'A pipeline board by stage with counts and totals',
        'Marketing-qualified leads to qualify or disqualify with a reason',
      ]}
    >
      Accounts and deals live on this laptop, so the rep can look up a customer with no signal.
    </ComingNext>
  );
}
