import { ComingNext } from '../../ui/ComingNext.tsx';

export function CollateralScreen() {
  return (
    <ComingNext
      title="Collateral"
      items={[
        'The library of datasheets, decks, pricing, case studies and videos, filtered by kind, product and stage',
        'Each item’s size, version and whether it is available offline',
        'PDFs and images viewed in the app; other files opened by the system',
        'Pinning items “available offline”, within a storage quota you set',
      ]}
    >
      Collateral is published centrally by marketing and kept on this laptop for meetings without signal.
    </ComingNext>
  );
}
