import { useMemo } from 'react';
import { usePackIndex } from '../../data/franchise-store';
import { braidNotes } from '../../domain/order/braid-note';
import type { OrderEntry, Strategy } from '../../domain/order/types';
import type { Plan } from '../../domain/plan/plan';
import { useHelixStore } from '../../store/helix-store';
import { useUndoStore } from '../../store/undo-store';
import { STRATEGY_TEXT } from '../../ui/strategy-text';

/** The ways out of the braid: an existing strategy each, so share links need no new field. */
const ALTERNATIVES: readonly { strategy: Strategy; label: string }[] = [
  { strategy: 'book-first', label: 'Read the book first' },
  { strategy: 'show-first', label: 'Watch the seasons first' },
];

/** Switches the plan's strategy, with an undo that brings the braid back. */
function switchStrategy(plan: Plan, strategy: Strategy): void {
  const { upsertPlan } = useHelixStore.getState();
  upsertPlan({ ...plan, spec: { ...plan.spec, strategy }, updatedAt: Date.now() });
  useUndoStore.getState().push({
    label: `Switched “${plan.name}” to ${STRATEGY_TEXT[strategy].name}`,
    undo: () => useHelixStore.getState().upsertPlan({ ...plan, updatedAt: Date.now() }),
  });
}

/**
 * "How this order is braided": shown once, above the list, when the helix spread a novel over
 * several seasons against its own part order (Desert Star over Bosch: Legacy S3 and Ballard S1).
 * It says what gave way and offers the other orders one click away.
 */
export function BraidNote({ plan, entries }: { plan: Plan; entries: readonly OrderEntry[] }) {
  const index = usePackIndex();
  const notes = useMemo(() => (plan.spec.strategy === 'helix' ? braidNotes(index, entries) : []), [index, entries, plan.spec.strategy]);
  if (notes.length === 0) return null;
  return (
    <section className="braid-note" aria-labelledby="braid-note-heading">
      <h2 id="braid-note-heading">How this order is braided</h2>
      {notes.map((note) => (
        <p key={note.novel}>{note.text}</p>
      ))}
      <div className="braid-note__actions">
        <span>Or keep the book whole:</span>
        {ALTERNATIVES.map(({ strategy, label }) => (
          <button key={strategy} type="button" className="button button--small" onClick={() => switchStrategy(plan, strategy)}>
            {label}
          </button>
        ))}
      </div>
    </section>
  );
}
