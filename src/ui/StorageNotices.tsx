import { downloadText } from './download';
import { useStorageHealth, type StorageProblem } from '../store/storage-health';


function message(problem: StorageProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      if (problem.newer) {
        return 'Your saved Helix data was written by a newer version of Helix, probably in another tab. Reload this page to update it; until then, changes made here are not saved, so nothing newer is overwritten.';
      }
      return problem.backupKey
        ? `Your saved Helix data could not be read: ${problem.reason}. Helix started fresh and kept the old data as a backup in this browser; nothing was deleted.`
        : `Your saved Helix data could not be read: ${problem.reason}. Storage is too full to keep a backup copy, so Helix will not save anything over it until you download it or dismiss this notice.`;
    case 'quota':
      return 'This browser’s storage is full, so your latest changes are not saved yet. They stay in this tab; export a backup from Settings to be safe.';
    case 'unavailable':
      return 'This browser does not let Helix save data (storage is off or blocked). Your progress lives only in this tab until you export it.';
  }
}

/** Problems with saved data, always visible until dismissed, with the backup as a download. */
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
            {problem.kind === 'unreadable' && problem.newer && (
              <button type="button" className="button button--small button--primary" onClick={() => window.location.reload()}>
                Reload
              </button>
            )}
            {problem.kind === 'unreadable' && (
              <button type="button" className="button button--small" onClick={() => {
                  downloadText('helix-unreadable-backup.json', problem.raw);
                  markSaved(problem);
                }}>
                Download the backup
              </button>
            )}
            <button type="button" className="button button--small" onClick={() => dismiss(problem)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
