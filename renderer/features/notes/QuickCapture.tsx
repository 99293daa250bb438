import { useEffect } from 'react';
import { useNavigate } from 'react-router';

export const QUICK_CAPTURE_SHORTCUT = 'Control+Shift+N';

export function isQuickCapture(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'n';
}

/** Ctrl/Cmd+Shift+N from any screen opens a new note. Mounted once in the layout; renders nothing. */
export function QuickCapture(): null {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isQuickCapture(event) || event.repeat) return;
      event.preventDefault();
      navigate('/notes/new');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
  return null;
}
