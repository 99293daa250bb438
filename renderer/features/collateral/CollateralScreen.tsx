import { Link } from 'react-router';
import type { Collateral } from '../../../shared/schemas/index.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { formatBytes } from '../../ui/format-bytes.ts';
import { useCollateralFiles } from './collateral.store.ts';
import { filterCollateral, KIND_NAMES } from './collateral-filter.ts';
import { useCollateralFilter } from './collateral-filter.store.ts';
import { obtainFile, setAvailableOffline, viewerFor, type FileState } from './collateral-files.ts';
import { CollateralFilters } from './CollateralFilters.tsx';
import { FILE_STATE_LABELS } from './file-state-labels.ts';
import { FileStorage } from './FileStorage.tsx';
import { useCollateral, useFileStates } from './useCollateral.ts';
import './viewer.css';

/** Saves the file through the browser (web) or the system's download handling (desktop). */
function saveCopy(item: Collateral, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = item.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function CollateralRow({ item, state }: { item: Collateral; state: FileState | undefined }) {
  const progress = useCollateralFiles((s) => s.progress[item.sha256]);
  const error = useCollateralFiles((s) => s.errors[item.sha256]);
  const isPinned = state === 'offline';
  return (
    <li className="collateral-item" aria-label={item.title}>
      <div>
        <strong>
          <Link to={`/collateral/${encodeURIComponent(item.id)}`}>{item.title}</Link>
        </strong>
        <p className="muted">
          {KIND_NAMES[item.kind]} · {item.product} · {formatBytes(item.size)} · version {item.version}
          {viewerFor(item.mimeType) === 'system' ? '' : ' · opens in Fieldcase'}
        </p>
      </div>
      <label>
        <input
          type="checkbox"
          checked={isPinned}
          disabled={progress !== undefined}
          onChange={(event) => void setAvailableOffline(item, event.target.checked).catch(() => {})}
        />{' '}
        Available offline
      </label>
      <button type="button" disabled={progress !== undefined} onClick={() => void obtainFile(item).then((blob) => saveCopy(item, blob), () => {})}>
        Save a copy of {item.fileName}
      </button>
      <p role="status" className="muted">
        {progress ? (
          <>
            Downloading {formatBytes(progress.received)} of {formatBytes(progress.total)}{' '}
            <progress max={progress.total} value={progress.received} aria-label={`Downloading ${item.title}`} />
          </>
        ) : (
          (state && FILE_STATE_LABELS[state]) ?? ''
        )}
      </p>
      {error && <p role="alert">{error}</p>}
    </li>
  );
}

function FilteredList({ items, states }: { items: Collateral[]; states: Record<string, FileState> }) {
  const filter = useCollateralFilter();
  const shown = filterCollateral(items, filter);
  return (
    <>
      <CollateralFilters items={items} />
      <p role="status" className="muted">
        {shown.length === items.length ? `${items.length} items` : `${shown.length} of ${items.length} items`}
      </p>
      {shown.length === 0 ? (
        <p>No collateral matches these filters.</p>
      ) : (
        <ul className="collateral-list" aria-label="Collateral">
          {shown.map((item) => (
            <CollateralRow key={item.id} item={item} state={states[item.sha256]} />
          ))}
        </ul>
      )}
    </>
  );
}

export function CollateralScreen() {
  const collateral = useCollateral();
  const items = collateral.status === 'ready' ? collateral.data : [];
  const states = useFileStates(items);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Collateral</h1>
      <p className="muted">
        Mark what you need in front of customers as available offline: it is kept on this laptop until you unmark it.
        PDFs and images open in Fieldcase; other files open in the program your computer uses for them.
      </p>
      <FileStorage />
      <LoadState query={collateral}>
        {(list) =>
          list.length === 0 ? (
            <p>No collateral on this laptop yet: it arrives by sync once you sign in on the Sync screen.</p>
          ) : (
            <FilteredList items={list} states={states} />
          )
        }
      </LoadState>
    </section>
  );
}
