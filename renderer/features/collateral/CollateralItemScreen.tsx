import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Collateral } from '../../../shared/schemas/index.ts';
import { getPlatform } from '../../platform/platform.ts';
import { useOnlineStatus } from '../../platform/useOnlineStatus.ts';
import { formatBytes } from '../../ui/format-bytes.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useCollateralFiles } from './collateral.store.ts';
import { KIND_NAMES, STAGE_NAMES } from './collateral-filter.ts';
import { fileForViewing, viewerFor } from './collateral-files.ts';
import { FILE_STATE_LABELS } from './file-state-labels.ts';
import { ImageViewer } from './ImageViewer.tsx';
import { PdfViewer } from './PdfViewer.tsx';
import { useCollateralItem, useFileStates, useRecordOpened } from './useCollateral.ts';
import { useCollateralFile } from './useCollateralFile.ts';
import './viewer.css';

function DownloadProgress({ item }: { item: Collateral }) {
  const progress = useCollateralFiles((s) => s.progress[item.sha256]);
  if (!progress) return <p className="muted">Getting the file…</p>;
  return (
    <p>
      Downloading {formatBytes(progress.received)} of {formatBytes(progress.total)}{' '}
      <progress max={progress.total} value={progress.received} aria-label={`Downloading ${item.title}`} />
    </p>
  );
}

/** The file shown in the app (PDF or image); its opening is recorded once it is on screen. */
function InAppView({ item, kind, isOnLaptop }: { item: Collateral; kind: 'pdf' | 'image'; isOnLaptop: boolean }) {
  const isOnline = useOnlineStatus();
  const file = useCollateralFile(item, isOnline, isOnLaptop);
  const recordOpened = useRecordOpened();
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (file.status !== 'ready' || recorded.current === item.id) return;
    recorded.current = item.id;
    recordOpened(item);
  }, [file.status, item, recordOpened]);

  if (file.status === 'loading') return <DownloadProgress item={item} />;
  if (file.status === 'unavailable') return <p role="alert">{file.message}</p>;
  if (file.status === 'failed') return <p role="alert">The file could not be opened: {file.message}</p>;
  return kind === 'pdf' ? <PdfViewer blob={file.blob} title={item.title} /> : <ImageViewer blob={file.blob} title={item.title} />;
}

/** Files the app does not show itself: handed to the system's program, or downloaded on the web. */
function SystemOpen({ item }: { item: Collateral }) {
  const isOnline = useOnlineStatus();
  const recordOpened = useRecordOpened();
  const [state, setState] = useState<{ status: 'idle' | 'opening' | 'opened' } | { status: 'failed'; message: string }>({ status: 'idle' });
  const isDesktop = getPlatform().kind === 'desktop';
  const open = async () => {
    setState({ status: 'opening' });
    try {
      const data = await fileForViewing(item, isOnline);
      await getPlatform().openFile({ name: item.fileName, mimeType: item.mimeType, data });
      recordOpened(item);
      setState({ status: 'opened' });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="viewer">
      <p>
        {isDesktop
          ? `Fieldcase does not show ${item.fileName} itself: it opens in the program your computer uses for this kind of file.`
          : `Fieldcase does not show ${item.fileName} itself: your browser downloads it, to open with the program you use for this kind of file.`}
      </p>
      <button type="button" onClick={() => void open()} disabled={state.status === 'opening'}>
        {isDesktop ? `Open ${item.fileName}` : `Download ${item.fileName}`}
      </button>
      {state.status === 'opening' && <DownloadProgress item={item} />}
      <p role="status">{state.status === 'opened' ? (isDesktop ? 'Opened.' : 'Downloaded.') : ''}</p>
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
    </div>
  );
}

function ItemView({ item }: { item: Collateral }) {
  const items = useMemo(() => [item], [item]);
  const fileState = useFileStates(items)[item.sha256];
  const isOnLaptop = fileState === 'offline' || fileState === 'cached';
  const kind = viewerFor(item.mimeType);
  return (
    <article aria-labelledby="item-title">
      <p className="eyebrow">Collateral · {KIND_NAMES[item.kind]}</p>
      <h1 id="item-title">{item.title}</h1>
      <p className="muted">
        {item.product} · {item.fileName} · {formatBytes(item.size)} · version {item.version}
        {fileState && ` · ${FILE_STATE_LABELS[fileState]}`}
      </p>
      {item.stages.length > 0 && <p>For {item.stages.map((stage) => STAGE_NAMES[stage]).join(', ')}.</p>}
      {item.description && <p>{item.description}</p>}
      {kind === 'system' ? <SystemOpen item={item} /> : <InAppView key={item.sha256} item={item} kind={kind} isOnLaptop={isOnLaptop} />}
    </article>
  );
}

export function CollateralItemScreen() {
  const { itemId = '' } = useParams();
  const item = useCollateralItem(itemId);
  return (
    <>
      <Link to="/collateral" className="back">
        All collateral
      </Link>
      <LoadState query={item}>
        {(found) =>
          found ? (
            <ItemView item={found} />
          ) : (
            <section aria-labelledby="screen-title">
              <h1 id="screen-title">Collateral not found</h1>
              <p>This item is not on this laptop: it may have been withdrawn.</p>
            </section>
          )
        }
      </LoadState>
    </>
  );
}
