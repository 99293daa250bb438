import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { DEFAULT_ZOOM_INDEX, ZOOM_STEPS, ZoomControls, zoomForKey } from './ZoomControls.tsx';

/**
 * An image file shown in the app from its bytes (an object URL, revoked when the viewer goes).
 * Drawn by <img>, so an SVG's scripts never run. At 100% it fits the viewer's width.
 */
export function ImageViewer({ blob, title }: { blob: Blob; title: string }) {
  const image = useRef<HTMLImageElement>(null);
  const [zoomIndex, setZoomIndex] = useState(DEFAULT_ZOOM_INDEX);
  const [state, setState] = useState<'loading' | 'shown' | 'failed'>('loading');

  useEffect(() => {
    const element = image.current;
    if (!element) return;
    const url = URL.createObjectURL(blob);
    element.src = url;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const zoom = zoomForKey(event.key, zoomIndex);
    if (zoom === null || event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    setZoomIndex(zoom);
  };

  return (
    <section className="viewer" aria-label={`${title}, image viewer`} onKeyDown={onKeyDown}>
      <div className="viewer-toolbar" role="toolbar" aria-label="Zoom">
        <ZoomControls zoomIndex={zoomIndex} onZoom={setZoomIndex} />
      </div>
      <p role="status" className="visually-hidden">
        {state === 'shown' ? `Showing ${title}` : ''}
      </p>
      {state === 'failed' && <p role="alert">This image could not be shown: the file may be damaged.</p>}
      <div className="viewer-canvas" tabIndex={0} role="group" aria-label={`${title} at ${Math.round((ZOOM_STEPS[zoomIndex] ?? 1) * 100)}%`}>
        <img
          ref={image}
          alt={title}
          style={{ width: `${(ZOOM_STEPS[zoomIndex] ?? 1) * 100}%` }}
          onLoad={() => setState('shown')}
          onError={() => setState((current) => (image.current?.getAttribute('src') ? 'failed' : current))}
        />
      </div>
    </section>
  );
}
