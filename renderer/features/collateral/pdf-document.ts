/**
 * PDF rendering with pdf.js, loaded on first use so the app's start never pays for it. The worker
 * is a file of our own build (bundled by Vite, kept by the offline shell), so viewing works with no
 * network, and `isEvalSupported: false` keeps pdf.js from compiling fonts with `new Function`,
 * which the app's Content-Security-Policy (no 'unsafe-eval') forbids.
 */
import type * as PdfJs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';

export interface OpenPdf {
  readonly pageCount: number;
  /**
   * Draws page `pageNumber` (from 1) at `scale` (1 = 72 dpi CSS pixels) into the canvas. Resolves
   * false when `signal` stopped it first (the rep turned the page again), true once drawn.
   */
  renderPage(pageNumber: number, scale: number, canvas: HTMLCanvasElement, signal?: AbortSignal): Promise<boolean>;
  /** The page's text, for people who cannot see the canvas and for copying. */
  pageText(pageNumber: number): Promise<string>;
  close(): Promise<void>;
}

let library: Promise<typeof PdfJs> | undefined;

function loadLibrary(): Promise<typeof PdfJs> {
  library ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(
    ([pdfjs, worker]) => {
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      return pdfjs;
    },
  );
  return library;
}

function wrap(document: PDFDocumentProxy): OpenPdf {
  return {
    pageCount: document.numPages,
    async renderPage(pageNumber, scale, canvas, signal) {
      const page = await document.getPage(pageNumber);
      if (signal?.aborted) return false;
      const viewport = page.getViewport({ scale });
      // Sharp on high-density screens: the bitmap has device pixels, the element CSS pixels.
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      const cancel = () => task.cancel();
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        await task.promise;
        return true;
      } catch (error) {
        if (signal?.aborted) return false;
        throw error;
      } finally {
        signal?.removeEventListener('abort', cancel);
      }
    },
    async pageText(pageNumber) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      return content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+\n/g, '\n')
        .trim();
    },
    close: () => document.destroy(),
  };
}

/** Opens a PDF from its bytes; rejects with pdf.js's own message for a damaged file. */
export async function openPdf(data: Blob): Promise<OpenPdf> {
  const pdfjs = await loadLibrary();
  const bytes = new Uint8Array(await data.arrayBuffer());
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, enableXfa: false });
  return wrap(await task.promise);
}
