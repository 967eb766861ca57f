import { Link, useNavigate } from 'react-router-dom';
import { inPack, paths } from '../../app/paths';
import { usePackChoices } from '../../data/pack-list';
import { packParam } from '../../data/pack-registry';
import './packs.css';

// Not a pack id (ids are lower-case letters, digits and dashes).
const MANAGE = '+manage';

/**
 * Switches universe: Home of the chosen pack (its plans and progress are its own). The last option opens the
 * page where packs are added and removed. A lazy chunk: the shell's first paint does not wait for it.
 */
export function PackPicker({ packId }: { packId: string }) {
  const choices = usePackChoices();
  const navigate = useNavigate();
  const known = choices.some((choice) => choice.id === packId);
  return (
    <label className="pack-picker">
      <span className="pack-picker__label">Universe</span>
      <select
        value={packId}
        onChange={(event) => {
          const value = event.target.value;
          void navigate(value === MANAGE ? paths.packs() : inPack('/', packParam(value)));
        }}
      >
        {!known && <option value={packId}>{packId}</option>}
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.added ? `${choice.title} (added)` : choice.title}
          </option>
        ))}
        <option value={MANAGE}>Add or remove universes…</option>
      </select>
    </label>
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
