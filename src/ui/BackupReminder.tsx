import { useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../app/paths';
import { useBackupReminderDue } from '../store/persistence-guard';

let dismissedThisVisit = false;

/**
 * Progress lives only in this browser, and Safari clears a site's storage after seven days without a visit:
 * a gentle reminder to export (or share a link with progress) when nothing recent backs it up.
 */
export function BackupReminder() {
  const due = useBackupReminderDue();
  const [dismissed, setDismissed] = useState(dismissedThisVisit);
  if (!due || dismissed) return null;
  return (
    <aside className="reminder" aria-label="Backup reminder">
      <p>
        Your progress is stored only in this browser, and some browsers clear it after a week away.{' '}
        <Link to={paths.settings()}>Export a backup</Link> or share your plan with progress and bookmark the link.
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          dismissedThisVisit = true;
          setDismissed(true);
        }}
      >
        Not now
      </button>
    </aside>
  );
}
