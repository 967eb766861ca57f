import { useState } from 'react';
import { useStorageHealth } from '../../store/storage-health';
import { downloadText } from '../../ui/download';
import { plural } from '../../ui/format';
import { keptCopies, restoreKeptCopy, type KeptCopy } from './backup-actions';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function keptAtText(copy: KeptCopy): string {
  const date = new Date(copy.keptAt.replace(/-\d+$/, ''));
  return Number.isNaN(date.getTime()) ? copy.keptAt : DATE_TIME.format(date);
}

/**
 * Copies Helix kept in this browser (saved data it could not read, or what a Replace-import replaced):
 * restore one in one click (merged into what you have, so nothing is lost), or download it as a file
 * that Import accepts.
 */
export function KeptCopies() {
  const [copies, setCopies] = useState(keptCopies);
  const [restored, setRestored] = useState<string | null>(null);
  if (copies.length === 0) return null;
  return (
    <div className="settings__kept">
      <h3>Copies kept in this browser</h3>
      <p className="muted">Helix keeps a copy whenever it could not read your saved data, and before a Replace. Restoring merges a copy into what you have now.</p>
      {restored && (
        <p role="status" className="settings__result">
          ✓ Restored the copy from {restored}. Everything you had is still here, plus what the copy held.
        </p>
      )}
      <ul className="settings__copies">
        {copies.map((copy) => {
          const when = keptAtText(copy);
          return (
            <li key={copy.key}>
              <p>
                <strong>{when}</strong> ·{' '}
                {copy.parsed.ok
                  ? `${plural(copy.parsed.backup.plans.length, 'plan')}, ${plural(copy.parsed.backup.progress.doneCount, 'item')} done${
                      copy.parsed.dropped ? ` (${plural(copy.parsed.dropped, 'damaged entry', 'damaged entries')} left out)` : ''
                    }`
                  : copy.parsed.error}
              </p>
              <div className="settings__actions">
                {copy.parsed.ok && (
                  <button
                    type="button"
                    className="button button--small button--primary"
                    aria-label={`Restore the copy from ${when}`}
                    onClick={() => {
                      if (restoreKeptCopy(copy)) {
                        setRestored(when);
                        // the notice about this copy has done its job
                        const health = useStorageHealth.getState();
                        for (const problem of health.problems) if (problem.kind === 'unreadable' && problem.backupKey === copy.key) health.dismiss(problem);
                      }
                      setCopies(keptCopies());
                    }}
                  >
                    Restore
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Download the copy from ${when}`}
                  onClick={() => downloadText(`helix-copy-${copy.keptAt.replace(/[:.]/g, '-')}.json`, copy.text)}
                >
                  Download
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
