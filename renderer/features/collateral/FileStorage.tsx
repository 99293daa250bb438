import { useEffect, useState } from 'react';
import type { CacheUsage } from '../../db/blob-cache.ts';
import { formatBytes } from '../../ui/format-bytes.ts';
import { useCollateralFiles } from './collateral.store.ts';
import { fileCache } from './collateral-files.ts';
import { QUOTA_CHOICES, useFileSettings } from './file-settings.store.ts';

/** The room files take on this laptop, and the rep's limit for it. */
export function FileStorage() {
  const quotaBytes = useFileSettings((s) => s.quotaBytes);
  const setQuota = useFileSettings((s) => s.setQuota);
  const revision = useCollateralFiles((s) => s.revision);
  const [usage, setUsage] = useState<CacheUsage | null>(null);
  useEffect(() => {
    let isCurrent = true;
    fileCache()
      .usage()
      .then(
        (value) => isCurrent && setUsage(value),
        (error: unknown) => console.warn('File usage unavailable:', error),
      );
    return () => {
      isCurrent = false;
    };
  }, [revision, quotaBytes]);

  return (
    <div className="file-storage">
      <label htmlFor="file-quota">Keep up to</label>{' '}
      <select id="file-quota" value={quotaBytes} onChange={(event) => setQuota(Number(event.target.value))}>
        {QUOTA_CHOICES.map((bytes) => (
          <option key={bytes} value={bytes}>
            {formatBytes(bytes)}
          </option>
        ))}
      </select>{' '}
      of files on this laptop.{' '}
      {usage && (
        <span className="muted">
          Using {formatBytes(usage.usedBytes)} ({formatBytes(usage.pinnedBytes)} available offline). Files not marked
          available offline make room when needed, least recently used first.
        </span>
      )}
    </div>
  );
}
