import { useEffect } from 'react';
import { useUpdateStore } from '../store/update-store';
import './update-prompt.css';

/** "A new version of Helix is ready — Reload", and a one-time note when the app can work offline. */
export function UpdatePrompt() {
  const reload = useUpdateStore((s) => s.reload);
  const offlineReady = useUpdateStore((s) => s.offlineReady);
  const dismiss = useUpdateStore((s) => s.dismiss);
  // "Works offline" is news once; it goes away by itself. An update waits for the user's choice.
  useEffect(() => {
    if (!offlineReady || reload) return;
    const timer = setTimeout(dismiss, 6000);
    return () => clearTimeout(timer);
  }, [offlineReady, reload, dismiss]);
  if (!reload && !offlineReady) return null;
  return (
    <div className="update" role="status">
      <span>{reload ? 'A new version of Helix is ready.' : 'Helix now works offline too.'}</span>
      {reload && (
        <button type="button" className="button button--small button--primary" onClick={reload}>
          Reload
        </button>
      )}
      <button type="button" className="button button--small" onClick={dismiss}>
        {reload ? 'Later' : 'OK'}
      </button>
    </div>
  );
}
