import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { inPack } from '../../app/paths';
import { usePackChoices, usePackList } from '../../data/pack-list';
import { forgetAddedPack } from '../../data/pack-source';
import { packParam } from '../../data/pack-registry';
import { removeUserPack } from '../../data/user-packs';
import { sameOriginPackUrl } from '../../domain/pack/check-pack-file';
import { useHelixStore } from '../../store/helix-store';
import { plural } from '../../ui/format';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { addPackText, fetchPackText, type AddOutcome } from './add-pack';
import './packs-page.css';
import { ProblemList } from '../../ui/ProblemList';

type Notice = AddOutcome | { kind: 'removed'; title: string; plans: number } | { kind: 'error'; message: string } | null;

/** The universes: the shipped ones, the ones added in this browser, and adding or removing your own pack. */
export function PacksPage() {
  useDocumentTitle('Universes');
  const choices = usePackChoices();
  const listError = usePackList((s) => s.error);
  const plans = useHelixStore((s) => s.plans);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState('');
  const [dragging, setDragging] = useState(false);
  /** The added pack whose removal waits for a confirmation. */
  const [removing, setRemoving] = useState<string | null>(null);
  const fileId = useId();
  const urlId = useId();
  // Each outcome is brought into view and focus: on a phone it sits below the file picker, out of sight.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice !== null) outcome.current?.focus();
  }, [notice]);
  const plansIn = (packId: string) => plans.filter((plan) => plan.packId === packId).length;

  const add = async (read: () => Promise<string>, source: string) => {
    setBusy(true);
    try {
      const text = await read();
      const existing = new Set(choices.filter((c) => c.added).map((c) => c.id));
      const outcome = await addPackText(text, source, existing);
      if (outcome.kind === 'added') {
        // A pack replaced under the same id must not be served from the download of the old one.
        forgetAddedPack(outcome.id);
        await usePackList.getState().refresh();
      }
      setNotice(outcome);
    } catch (error) {
      setNotice({ kind: 'refused', source, problems: [`(${source}): ${error instanceof Error ? error.message : String(error)}`] });
    } finally {
      setBusy(false);
    }
  };

  const addFile = (file: File | undefined) => {
    if (file) void add(() => file.text(), file.name);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    addFile(event.dataTransfer.files[0]);
  };

  const onUrl = (event: FormEvent) => {
    event.preventDefault();
    const checked = sameOriginPackUrl(url, window.location);
    if (!checked.ok) {
      setNotice({ kind: 'refused', source: url, problems: [`(address): ${checked.problem}`] });
      return;
    }
    void add(() => fetchPackText(checked.url), url);
  };

  const remove = async (id: string, title: string) => {
    setRemoving(null);
    try {
      await removeUserPack(id);
      forgetAddedPack(id);
      await usePackList.getState().refresh();
      setNotice({ kind: 'removed', title, plans: plansIn(id) });
    } catch (error) {
      setNotice({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="page packs-page">
      <h1>Universes</h1>
      <p className="lede">
        Each universe keeps its own plans and progress. Add another one from a pack file (see the authoring guide in
        docs/data-pack.md); it is kept in this browser and works offline.
      </p>

      <section aria-labelledby="universe-list-heading">
        <h2 id="universe-list-heading">Your universes</h2>
        <ul className="pack-list">
          {choices.map((choice) => (
            <li key={choice.id} className="pack-list__item">
              <Link to={inPack('/', packParam(choice.id))}>{choice.title}</Link>{' '}
              <span className="muted">
                {choice.added ? 'added in this browser' : 'ships with Helix'} · {plural(plansIn(choice.id), 'plan')}
              </span>
              {choice.added && removing !== choice.id && (
                <button type="button" className="button" onClick={() => setRemoving(choice.id)} aria-label={`Remove “${choice.title}”`}>
                  Remove
                </button>
              )}
              {choice.added && removing === choice.id && (
                <span className="pack-list__confirm" role="group" aria-label={`Remove “${choice.title}”?`}>
                  <span>
                    Remove it from this browser? Its plans and progress stay saved; to see them again, add the same pack file again.
                  </span>
                  <button type="button" className="button button--primary" onClick={() => void remove(choice.id, choice.title)}>
                    Remove “{choice.title}”
                  </button>
                  <button type="button" className="button" onClick={() => setRemoving(null)}>
                    Keep it
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
        {listError && <p className="muted">Added universes can’t be listed here: {listError}</p>}
      </section>

      <section aria-labelledby="add-heading">
        <h2 id="add-heading">Add a universe</h2>
        <div
          className={`drop-zone${dragging ? ' drop-zone--over' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="pack-drop-zone"
        >
          <label htmlFor={fileId}>Choose a pack file (.json), or drop it here</label>
          <input id={fileId} type="file" accept=".json,application/json" disabled={busy} onChange={(event) => addFile(event.target.files?.[0])} />
        </div>
        <form className="pack-url" onSubmit={onUrl}>
          <label htmlFor={urlId}>Or load it from an address on this site</label>
          <div className="pack-url__row">
            <input id={urlId} className="input" type="text" inputMode="url" value={url} onChange={(event) => setUrl(event.target.value)} placeholder="data/my-pack.json" />
            <button type="submit" className="button" disabled={busy || url.trim() === ''}>
              Load
            </button>
          </div>
        </form>
        <div ref={outcome} tabIndex={-1} className="pack-outcome">
          <Outcome notice={notice} />
        </div>
      </section>
    </div>
  );
}

function Outcome({ notice }: { notice: Notice }) {
  if (notice === null) return null;
  if (notice.kind === 'added') {
    return (
      <div className="notice notice--ok" role="status">
        <p>
          {notice.replaced ? 'Updated' : 'Added'} “{notice.title}”. <Link to={inPack('/', packParam(notice.id))}>Open it</Link>
        </p>
      </div>
    );
  }
  if (notice.kind === 'removed') {
    return (
      <div className="notice notice--ok" role="status">
        <p>
          Removed “{notice.title}” from this browser. Your {plural(notice.plans, 'plan')} and progress in it are still saved (and in your
          backups): add the same pack again to see them.
        </p>
      </div>
    );
  }
  if (notice.kind === 'error') {
    return (
      <div className="notice" role="alert">
        <p>{notice.message}</p>
      </div>
    );
  }
  return (
    <div className="notice" role="alert">
      <p>
        “{notice.source}” can’t be used: {plural(notice.problems.length, 'problem')} found. Nothing was added or changed.
      </p>
      <ProblemList problems={notice.problems} limit={20} />
    </div>
  );
}
