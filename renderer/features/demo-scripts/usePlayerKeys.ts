import { useEffect, useEffectEvent } from 'react';

export interface PlayerKeyHandlers {
  next(): void;
  back(): void;
  pause(): void;
  end(): void;
}

function isEditable(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The key the player acts on, or null. Pure, so the key map is easy to read and to test. */
export function playerKeyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): keyof PlayerKeyHandlers | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case ' ':
      return 'next';
    case 'ArrowLeft':
      return 'back';
    case 'p':
    case 'P':
      return 'pause';
    case 'Escape':
      return 'end';
    default:
      return null;
  }
}

/**
 * The player's keys anywhere on the page: → or Space next, ← back, P pause, Esc end. Typing in a
 * field is left alone (Esc there leaves the field, so the next key drives the player again), and
 * Space on a focused button presses that button, as it always does.
 */
export function usePlayerKeys(handlers: PlayerKeyHandlers, isEnabled = true): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    if (isEditable(event.target)) {
      if (event.key === 'Escape') event.target.blur();
      return;
    }
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (event.key === ' ' && target?.closest('button, a, [role="button"]')) return;
    const action = playerKeyOf(event);
    if (action === null) return;
    event.preventDefault();
    handlers[action]();
  });

  useEffect(() => {
    if (!isEnabled) return undefined;
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [isEnabled]);
}
