import { useEffect, useState } from 'react';
import { COLLECTION_NAMES } from '../../../shared/schemas/index.ts';
import { COLLECTION_LABELS } from '../../ui/collection-labels.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { getPlatform, type PlatformInfo } from '../../platform/platform.ts';
import { useCollectionCounts } from '../workspace/useWorkspace.ts';
import { useSession } from '../../app/session.store.ts';
import { SignInForm } from './SignInForm.tsx';
import { SyncStatusPanel } from './SyncStatusPanel.tsx';

function usePlatformInfo(): PlatformInfo | null {
  const [info, setInfo] = useState<PlatformInfo | null>(null);
  useEffect(() => {
    let isCurrent = true;
    getPlatform()
      .getInfo()
      .then((value) => isCurrent && setInfo(value))
      .catch((error: unknown) => console.warn('Platform info unavailable:', error));
    return () => {
      isCurrent = false;
    };
  }, []);
  return info;
}

export function SyncScreen() {
  const status = useSession((s) => s.status);
  const counts = useCollectionCounts();
  const info = usePlatformInfo();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Sync</h1>
      {status === 'signed-in' ? <SyncStatusPanel /> : status === 'local' ? <SignInForm /> : null}
      <h2>Stored on this laptop</h2>
      <LoadState query={counts}>
        {(data) => (
          <table className="counts">
            <caption className="visually-hidden">Documents stored on this laptop, by kind</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Documents</th>
              </tr>
            </thead>
            <tbody>
              {COLLECTION_NAMES.map((name) => (
                <tr key={name}>
                  <th scope="row">{COLLECTION_LABELS[name]}</th>
                  <td>{data[name]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </LoadState>
      {info && (
        <p className="muted">
          Fieldcase {info.version} · {info.kind === 'desktop' ? 'desktop app' : 'web'} on {info.system}
        </p>
      )}
    </section>
  );
}
