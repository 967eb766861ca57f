import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { inPack, paths } from '../../app/paths';
import { usePackChoices } from '../../data/pack-list';
import { packParam } from '../../data/pack-registry';
import './packs.css';

/**
 * Switches universe: a disclosure of links, each to the Home of a pack (its plans and progress are its own),
 * and one to the page where packs are added and removed. Links, not a select: moving through the choices with
 * the keyboard never switches by accident. A lazy chunk: the shell's first paint does not wait for it.
 */
export function PackPicker({ packId }: { packId: string }) {
  const choices = usePackChoices();
  const current = choices.find((choice) => choice.id === packId);
  const menu = useRef<HTMLDetailsElement>(null);
  const { pathname, search } = useLocation();
  // A choice made (or any navigation) closes the menu.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname, search]);
  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };
  return (
    <details className="pack-picker" ref={menu} onKeyDown={closeOnEscape}>
      <summary>
        <span className="pack-picker__label">Universe</span> <span className="pack-picker__current">{current?.title ?? packId}</span>
      </summary>
      <ul className="pack-picker__menu">
        {choices.map((choice) => (
          <li key={choice.id}>
            <Link to={inPack('/', packParam(choice.id))} aria-current={choice.id === packId ? 'true' : undefined}>
              {choice.title}
              {choice.added && <span className="muted"> (added)</span>}
            </Link>
          </li>
        ))}
        <li className="pack-picker__manage">
          <Link to={paths.packs()}>Add or remove universes…</Link>
        </li>
      </ul>
    </details>
  );
}

/** Home's way to the other universes: each one a link to its Home, and the page to add your own. */
export function OtherUniverses({ packId }: { packId: string }) {
  const others = usePackChoices().filter((choice) => choice.id !== packId);
  return (
    <section aria-labelledby="universes-heading" className="universes">
      <h2 id="universes-heading">Other universes</h2>
      {others.length > 0 && (
        <ul className="universes__list">
          {others.map((choice) => (
            <li key={choice.id}>
              <Link to={inPack('/', packParam(choice.id))}>{choice.title}</Link>
              {choice.added && <span className="muted"> (added in this browser)</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        Have a pack file for another franchise? <Link to={paths.packs()}>Add your own universe</Link>.
      </p>
    </section>
  );
}
