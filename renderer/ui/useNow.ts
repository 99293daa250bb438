import { useEffect, useState } from 'react';

/** The current time, refreshed every minute, so "updated 3 minutes ago" stays true on screen. */
export function useNow(refreshMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  return now;
}
