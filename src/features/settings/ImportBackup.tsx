import { useId, useRef, useState } from 'react';
import type { BackupFile } from '../../domain/backup/backup-file';
import { parseBackup } from '../../domain/backup/parse-backup';
import { summarizeBackup } from '../../domain/backup/restore-backup';
import { downloadText } from '../../ui/download';
import { plural } from '../../ui/format';
import { mergeIntoMine, replaceWithImport } from './backup-actions';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; backup: BackupFile; fileName: string; savedState: boolean; dropped: number }
  | { kind: 'merged' }
  | { kind: 'replaced'; saved: { key: string | null; fileName: string; text: string } };

/** Pick a file, see what it holds, then merge or replace: nothing changes before the choice. */
export function ImportBackup() {
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setStep({ kind: 'error', message: `“${file.name}” is too large to be a Helix backup.` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      // The file went away or could not be read (a cloud file not downloaded, a permission change).
      setStep({ kind: 'error', message: `“${file.name}” could not be read. Pick the file again, or copy it to this device first.` });
      return;
    }
    const parsed = parseBackup(text);
    setStep(parsed.ok ? { kind: 'ready', backup: parsed.backup, fileName: file.name, savedState: parsed.origin === 'saved-state', dropped: parsed.dropped ?? 0 } : { kind: 'error', message: parsed.error });
  };

  const reset = () => {
    if (input.current) input.current.value = '';
    setStep({ kind: 'idle' });
  };

  return (
    <div className="settings__import">
      <h3>Import a backup</h3>
      <label className="field">
        Backup file (.json)
        <input ref={input} type="file" accept="application/json,.json" onChange={(e) => void onFile(e.target.files?.[0])} />
      </label>
      {step.kind === 'error' && (
        <div className="notice" role="alert">
          <p>{step.message}</p>
          <p>Nothing was changed.</p>
        </div>
      )}
      {step.kind === 'ready' && <ImportChoice backup={step.backup} fileName={step.fileName} savedState={step.savedState} dropped={step.dropped} onCancel={reset} onDone={setStep} />}
      {step.kind === 'merged' && (
        <p role="status" className="settings__result">
          ✓ Merged. Everything you had is still here, plus what the backup held.
        </p>
      )}
      {step.kind === 'replaced' && (
        <div role="status" className="settings__result">
          <p>
            ✓ Replaced with the backup. What you had before is kept {step.saved.key ? 'in this browser as an automatic backup' : 'only in this tab'}: download
            it if you may want it back.
          </p>
          <button type="button" className="button button--small" onClick={() => downloadText(step.saved.fileName, step.saved.text)}>
            Download what was replaced
          </button>
        </div>
      )}
    </div>
  );
}

function ImportChoice({
  backup,
  fileName,
  savedState,
  dropped,
  onCancel,
  onDone,
}: {
  backup: BackupFile;
  fileName: string;
  /** A copy of Helix's saved data (e.g. a downloaded unreadable copy), not an exported backup. */
  savedState: boolean;
  /** Damaged entries of a saved copy that can't be read and are left out. */
  dropped: number;
  onCancel: () => void;
  onDone: (step: Step) => void;
}) {
  const summary = summarizeBackup(backup);
  const headingId = useId();
  return (
    <section className="settings__summary" aria-labelledby={headingId}>
      <h4 id={headingId}>“{fileName}”</h4>
      <ul data-testid="backup-summary">
        <li>
          {savedState ? 'Helix’s saved data, last changed' : 'Exported'} {DATE_TIME.format(new Date(summary.exportedAt))}
        </li>
        <li>
          {plural(summary.plans, 'plan')}
          {backup.plans.length > 0 && `: ${backup.plans.map((plan) => plan.name).join(', ')}`}
        </li>
        <li>{plural(summary.doneItems, 'item')} done</li>
        {dropped > 0 && <li>{plural(dropped, 'damaged entry', 'damaged entries')} can’t be read and will be left out</li>}
        <li>{Object.keys(backup.settings).length === 0 ? 'No settings' : 'Display settings'}</li>
      </ul>
      <p>
        <strong>Merge</strong> keeps everything you have and adds what the backup holds. <strong>Replace</strong> makes Helix exactly the backup; what you have
        now is saved as an automatic backup first.
      </p>
      <div className="settings__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            mergeIntoMine(backup);
            onDone({ kind: 'merged' });
          }}
        >
          Merge into mine
        </button>
        <button type="button" className="button button--danger" onClick={() => onDone({ kind: 'replaced', saved: replaceWithImport(backup) })}>
          Replace everything
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
