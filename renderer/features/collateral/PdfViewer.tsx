import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { openPdf, type OpenPdf } from './pdf-document.ts';
import { DEFAULT_ZOOM_INDEX, ZOOM_STEPS, ZoomControls, zoomForKey } from './ZoomControls.tsx';

/** CSS pixels per PDF point at 100%: pages read at about the size they print. */
const BASE_SCALE = 1.25;

type PdfLoad = { status: 'loading' } | { status: 'ready'; pdf: OpenPdf } | { status: 'failed'; message: string };

function usePdf(blob: Blob): PdfLoad {
  const [load, setLoad] = useState<{ blob: Blob; result: PdfLoad }>({ blob, result: { status: 'loading' } });
  useEffect(() => {
    let isCurrent = true;
    let opened: OpenPdf | undefined;
    openPdf(blob).then(
      (pdf) => {
        opened = pdf;
        if (isCurrent) setLoad({ blob, result: { status: 'ready', pdf } });
        else void pdf.close();
      },
      (error: unknown) =>
        isCurrent && setLoad({ blob, result: { status: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      isCurrent = false;
      void opened?.close();
    };
  }, [blob]);
  return load.blob === blob ? load.result : { status: 'loading' };
}

function PdfPages({ pdf, title }: { pdf: OpenPdf; title: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pageNumber, setPageNumber] = useState(1);
  const [zoomIndex, setZoomIndex] = useState(DEFAULT_ZOOM_INDEX);
  const [shown, setShown] = useState<{ page: number; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scale = BASE_SCALE * (ZOOM_STEPS[zoomIndex] ?? 1);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const controller = new AbortController();
    Promise.all([pdf.renderPage(pageNumber, scale, element, controller.signal), pdf.pageText(pageNumber)]).then(
      ([isDrawn, text]) => {
        if (!isDrawn || controller.signal.aborted) return;
        setShown({ page: pageNumber, text });
        setError(null);
      },
      (failure: unknown) => !controller.signal.aborted && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => controller.abort();
  }, [pdf, pageNumber, scale]);

  const goTo = (page: number) => setPageNumber(Math.min(Math.max(page, 1), pdf.pageCount));
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    const zoom = zoomForKey(event.key, zoomIndex);
    if (event.key === 'PageDown' || event.key === 'ArrowRight') goTo(pageNumber + 1);
    else if (event.key === 'PageUp' || event.key === 'ArrowLeft') goTo(pageNumber - 1);
    else if (event.key === 'Home') goTo(1);
    else if (event.key === 'End') goTo(pdf.pageCount);
    else if (zoom !== null) setZoomIndex(zoom);
    else return;
    event.preventDefault();
  };

  return (
    <section className="viewer" aria-label={`${title}, PDF viewer`} onKeyDown={onKeyDown}>
      <div className="viewer-toolbar" role="toolbar" aria-label="Pages and zoom">
        <button type="button" onClick={() => goTo(pageNumber - 1)} disabled={pageNumber <= 1}>
          Previous page
        </button>{' '}
        <span>
          Page {pageNumber} of {pdf.pageCount}
        </span>{' '}
        <button type="button" onClick={() => goTo(pageNumber + 1)} disabled={pageNumber >= pdf.pageCount}>
          Next page
        </button>{' '}
        <ZoomControls zoomIndex={zoomIndex} onZoom={setZoomIndex} />
      </div>
      <p role="status" className="visually-hidden">
        {shown && `Showing page ${shown.page} of ${pdf.pageCount}`}
      </p>
      {error && <p role="alert">This page could not be drawn: {error}</p>}
      {/* Focusable so the arrow and page keys work without reaching for a button first. */}
      <div className="viewer-canvas" tabIndex={0} aria-label={`Page ${pageNumber} of ${pdf.pageCount}`} role="group">
        <canvas ref={canvas} role="img" aria-label={`Page ${pageNumber} of ${title}`} />
      </div>
      {shown && shown.page === pageNumber && (
        <details>
          <summary>Text of page {shown.page}</summary>
          <p className="viewer-text">{shown.text || 'This page has no text (it may be a scanned image).'}</p>
        </details>
      )}
    </section>
  );
}

/** A PDF shown in the app: page by page on a canvas, with its text for screen readers. */
export function PdfViewer({ blob, title }: { blob: Blob; title: string }) {
  const load = usePdf(blob);
  if (load.status === 'loading') return <p className="muted">Opening the PDF…</p>;
  if (load.status === 'failed') return <p role="alert">This PDF could not be opened: {load.message}</p>;
  return <PdfPages pdf={load.pdf} title={title} />;
}
