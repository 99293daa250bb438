/** Zoom steps shared by the PDF and image viewers; 1 fits the page (or image) to the viewer. */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
export const DEFAULT_ZOOM_INDEX = 2;

interface ZoomControlsProps {
  zoomIndex: number;
  onZoom(index: number): void;
}

export function ZoomControls({ zoomIndex, onZoom }: ZoomControlsProps) {
  const zoom = ZOOM_STEPS[zoomIndex] ?? 1;
  return (
    <span className="viewer-zoom">
      <button type="button" onClick={() => onZoom(zoomIndex - 1)} disabled={zoomIndex <= 0}>
        Zoom out
      </button>{' '}
      <output aria-label="Zoom level">{Math.round(zoom * 100)}%</output>{' '}
      <button type="button" onClick={() => onZoom(zoomIndex + 1)} disabled={zoomIndex >= ZOOM_STEPS.length - 1}>
        Zoom in
      </button>{' '}
      <button type="button" onClick={() => onZoom(DEFAULT_ZOOM_INDEX)} disabled={zoomIndex === DEFAULT_ZOOM_INDEX}>
        Actual size
      </button>
    </span>
  );
}

/** Keys that zoom, for a viewer's keydown handler: + and - (with or without Ctrl), 0 to reset. */
export function zoomForKey(key: string, zoomIndex: number): number | null {
  if (key === '+' || key === '=') return Math.min(zoomIndex + 1, ZOOM_STEPS.length - 1);
  if (key === '-') return Math.max(zoomIndex - 1, 0);
  if (key === '0') return DEFAULT_ZOOM_INDEX;
  return null;
}
