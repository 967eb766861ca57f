import type { FilterGroup, PlanFilter } from '../../domain/plan-view/plan-filter';
import { ChoiceGroup } from '../../ui/ChoiceGroup';

interface Props {
  filter: PlanFilter;
  onFilter: (change: Partial<PlanFilter>) => void;
  groups: readonly FilterGroup[];
  hideDone: boolean;
  spoilerSafety: boolean;
  onSettings: (change: { hideDone?: boolean; spoilerSafety?: boolean }) => void;
  onJump: () => void;
  canJump: boolean;
  /** ↓ or Enter in the search field moves to the list. */
  onEnterList: () => void;
}

const KINDS: { value: PlanFilter['kind']; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'episode', label: 'Watch' },
  { value: 'reading', label: 'Read' },
];

/** Search, narrow by kind and by show or novel series, hide done items, spoiler safety. */
export function PlanToolbar({ filter, onFilter, groups, hideDone, spoilerSafety, onSettings, onJump, canJump, onEnterList }: Props) {
  return (
    <div className="plan-tools">
      <div className="plan-tools__find" role="search" aria-label="Find in this plan">
        <input
          type="search"
          className="plan-tools__search"
          aria-label="Search this plan"
          placeholder="Search this plan"
          value={filter.text}
          maxLength={100}
          onChange={(event) => onFilter({ text: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'Enter') {
              event.preventDefault();
              onEnterList();
            }
          }}
        />
        <ChoiceGroup legend="Kind" name="plan-kind" value={filter.kind} options={KINDS} onChange={(kind) => onFilter({ kind })} />
        {groups.length > 1 && (
          <select className="plan-tools__group" aria-label="Show or series" value={filter.group} onChange={(event) => onFilter({ group: event.target.value })}>
            <option value="">All shows and series</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.label} ({group.count})
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="plan-tools__view" role="group" aria-label="List options">
        <label className="toggle">
          <input type="checkbox" checked={hideDone} onChange={(e) => onSettings({ hideDone: e.target.checked })} />
          Hide done items
        </label>
        <label className="toggle">
          <input type="checkbox" checked={spoilerSafety} onChange={(e) => onSettings({ spoilerSafety: e.target.checked })} />
          Spoiler safety
        </label>
        <button type="button" className="button button--small" onClick={onJump} disabled={!canJump}>
          Jump to next unwatched
        </button>
      </div>
    </div>
  );
}
