import { Link } from 'react-router-dom';
import { paths } from '../app/paths';
import { downloadText } from './download';
import { useStorageHealth, type StorageProblem } from '../store/storage-health';

function message(problem: StorageProblem): string {
  switch (problem.kind) {
    case 'newer':
      return 'Your saved Helix data was written by a newer version of Helix, probably in another tab. Reload this page to update it; until then, changes made here are not saved, so nothing newer is overwritten.';
    case 'unreadable':
      return problem.backupKey
        ? `Your saved Helix data could not be read: ${problem.reason}. Helix started fresh and kept the old data as a copy in this browser; nothing was deleted. You can restore it from Settings.`
        : `Your saved Helix data could not be read: ${problem.reason}. Storage is too full to keep a copy, so Helix will not save anything over it until you download it or dismiss this notice.`;
    case 'quota':
      return 'This browser’s storage is full, so your latest changes are not saved yet. Your saved progress is still there; changes stay in this tab and Helix keeps trying. Free some space or export a backup from Settings.';
    case 'unavailable':
      return 'This browser does not let Helix save data (storage is off or blocked). Your progress lives only in this tab until you export it.';
  }
}

/** Problems with saved data, always visible until dismissed, with the copy as a download and a way to restore it. */
export function StorageNotices() {
  const problems = useStorageHealth((s) => s.problems);
  const dismiss = useStorageHealth((s) => s.dismiss);
  const markSaved = useStorageHealth((s) => s.markSaved);
  if (problems.length === 0) return null;
  return (
    <div className="notices">
      {problems.map((problem, i) => (
        <div key={i} className="notice" role="alert">
          <p>{message(problem)}</p>
          <div className="notice__actions">
            {problem.kind === 'newer' && (
              <button type="button" className="button button--small button--primary" onClick={() => window.location.reload()}>
                Reload
              </button>
            )}
            {problem.kind === 'unreadable' && problem.backupKey && (
              <Link className="button button--small button--primary" to={paths.settings()}>
                Restore it in Settings
              </Link>
            )}
            {problem.kind === 'unreadable' && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  downloadText('helix-unreadable-backup.json', problem.raw);
                  markSaved(problem);
                }}
              >
                Download the backup
              </button>
            )}
            {problem.kind !== 'newer' && (
              <button type="button" className="button button--small" onClick={() => dismiss(problem)}>
                Dismiss
              </button>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
