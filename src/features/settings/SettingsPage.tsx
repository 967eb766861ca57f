import { useEffect, useId } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { useHelixStore } from '../../store/helix-store';
import { refreshPersistStatus, requestPersistence, useBackupReminderDue, usePersistence } from '../../store/persistence-guard';
import { downloadText } from '../../ui/download';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { exportEverything } from './backup-actions';
import { ImportBackup } from './ImportBackup';
import { KeptCopies } from './KeptCopies';
import './settings.css';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Display options, whether the browser keeps Helix's data, and backup export and import. */
export function SettingsPage() {
  useDocumentTitle('Settings');
  return (
    <div className="page settings">
      <h1>Settings</h1>
      <DisplaySection />
      <StorageSection />
      <BackupSection />
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="card settings__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function DisplaySection() {
  const spoilerSafety = useHelixStore((s) => s.settings.spoilerSafety);
  const hideDone = useHelixStore((s) => s.settings.hideDone);
  const updateSettings = useHelixStore((s) => s.updateSettings);
  return (
    <Section title="Display">
      <label className="toggle">
        <input type="checkbox" checked={spoilerSafety} onChange={(e) => updateSettings({ spoilerSafety: e.target.checked })} />
        Spoiler safety: hide titles and reasons of items well past where you are
      </label>
      <label className="toggle">
        <input type="checkbox" checked={hideDone} onChange={(e) => updateSettings({ hideDone: e.target.checked })} />
        Hide done items in the plan
      </label>
    </Section>
  );
}

const PERSIST_TEXT = {
  unknown: 'Checking…',
  granted: 'Persistent: this browser has promised not to clear Helix’s data to free up space.',
  'not-granted':
    'Not persistent: the browser may clear Helix’s data when space runs low, and Safari clears it after 7 days without a visit. Keep a backup.',
  unsupported: 'This browser can’t promise to keep Helix’s data. Keep a backup.',
} as const;

function StorageSection() {
  const status = usePersistence((s) => s.status);
  useEffect(() => {
    void refreshPersistStatus();
  }, []);
  return (
    <Section title="Storage on this device">
      <p data-testid="persist-status">{PERSIST_TEXT[status]}</p>
      {status === 'not-granted' && (
        <button type="button" className="button" onClick={() => void requestPersistence()}>
          Ask to keep data persistently
        </button>
      )}
    </Section>
  );
}

function BackupSection() {
  const lastBackupAt = useHelixStore((s) => s.settings.lastBackupAt);
  const updateSettings = useHelixStore((s) => s.updateSettings);
  const reminderDue = useBackupReminderDue();
  const exportNow = () => {
    const { fileName, text } = exportEverything();
    downloadText(fileName, text);
    updateSettings({ lastBackupAt: Date.now() });
  };
  return (
    <Section title="Backup">
      {reminderDue && (
        <div className="notice settings__reminder" role="note">
          <p>
            Your progress is only in this browser{lastBackupAt === null ? ' and has never been backed up' : ', and your last backup is more than a week old'}. Export
            a backup, or share your plan <em>with progress</em> from the <Link to={paths.plan()}>plan page</Link> and bookmark the link.
          </p>
        </div>
      )}
      <p>
        Last backup: <strong>{lastBackupAt === null ? 'never' : DATE_TIME.format(lastBackupAt)}</strong>
      </p>
      <p className="muted">A backup is one JSON file with your plans, progress and settings. Nothing leaves your device unless you send the file.</p>
      <button type="button" className="button button--primary" onClick={exportNow}>
        Export everything
      </button>
      <ImportBackup />
      <KeptCopies />
    </Section>
  );
}
