import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePackIndex } from '../../data/franchise-store';
import type { OrderEntry } from '../../domain/order/types';
import type { Plan } from '../../domain/plan/plan';
import { doneIdSet } from '../../domain/progress/progress-map';
import { encodeShare } from '../../domain/share/share-codec';
import { shareContextFromPack } from '../../domain/share/share-context';
import { plural } from '../format';
import { sharePayloadOf, shareUrl } from './share-link';
import { usePackProgress } from '../../store/pack-progress';
import './share.css';

// uqr is only fetched when someone asks for the QR code.
const QrCode = lazy(() => import('./QrCode').then((m) => ({ default: m.QrCode })));

interface Props {
  plan: Plan;
  entries: readonly OrderEntry[];
  onClose: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** A modal that turns the plan (and, if ticked, its progress) into a link, with copy, share and QR. */
export function ShareDialog({ plan, entries, onClose }: Props) {
  const { pack } = usePackIndex();
  const progress = usePackProgress();
  const dialog = useRef<HTMLDialogElement>(null);
  const linkInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [withProgress, setWithProgress] = useState(false);
  // Remembers which link the copy attempt was for, so a changed link reads as not copied yet.
  const [copyResult, setCopyResult] = useState<{ url: string; state: CopyState } | null>(null);
  const [showQr, setShowQr] = useState(false);
  const [shareError, setShareError] = useState<string | null>(null);

  const context = useMemo(() => shareContextFromPack(pack), [pack]);
  const done = useMemo(() => doneIdSet(progress), [progress]);
  const doneInPlan = useMemo(() => sharePayloadOf(plan, entries, done).progress?.length ?? 0, [plan, entries, done]);
  const url = useMemo(() => {
    const payload = sharePayloadOf(plan, entries, withProgress ? done : null);
    return shareUrl(encodeShare(payload, context));
  }, [plan, entries, done, withProgress, context]);

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // jsdom and very old browsers lack showModal: fall back to a plain open dialog.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  const copy: CopyState = copyResult?.url === url ? copyResult.state : 'idle';

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyResult({ url, state: 'copied' });
    } catch {
      linkInput.current?.select();
      setCopyResult({ url, state: 'failed' });
    }
  };

  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const shareNative = async () => {
    setShareError(null);
    try {
      await navigator.share({ title: `${plan.name} · Helix`, text: `My Helix plan “${plan.name}”`, url });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setShareError('This browser could not share the link. Copy it instead.');
    }
  };

  return (
    <dialog ref={dialog} className="dialog-panel share-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Share “{plan.name}”</h2>
      <p className="share-dialog__intro">
        The whole plan travels inside the link: nothing is uploaded. Whoever opens it sees a preview first and decides what to keep.
      </p>
      <label className="toggle">
        <input type="checkbox" checked={withProgress} onChange={(e) => setWithProgress(e.target.checked)} disabled={doneInPlan === 0} />
        Include my progress ({doneInPlan === 0 ? 'nothing done yet' : `${plural(doneInPlan, 'item')} done in this plan`})
      </label>
      <label className="field share-dialog__link">
        Link
        <input ref={linkInput} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
      </label>
      <p className="muted share-dialog__length" data-testid="share-length">
        {plural(url.length, 'character')}
      </p>
      <div className="share-dialog__actions">
        <button type="button" className="button button--primary" onClick={() => void copyLink()}>
          Copy link
        </button>
        {canShare && (
          <button type="button" className="button" onClick={() => void shareNative()}>
            Share…
          </button>
        )}
        <button type="button" className="button" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
          {showQr ? 'Hide QR code' : 'Show QR code'}
        </button>
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </div>
      <p role="status" className="share-dialog__status">
        {copy === 'copied' ? '✓ Link copied to the clipboard.' : copy === 'failed' ? 'Could not copy automatically: the link is selected, press Ctrl+C (⌘C).' : ''}
        {shareError}
      </p>
      {showQr && (
        <Suspense fallback={<p className="muted">Drawing the QR code…</p>}>
          <div className="share-dialog__qr">
            <QrCode text={url} label={`QR code of the link to “${plan.name}”`} />
          </div>
        </Suspense>
      )}
    </dialog>
  );
}
