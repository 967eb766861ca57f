import type { ReadingGranularity } from '../../domain/order/types';

type Mode = 'book' | 'segment' | 'chapters' | 'pages';

/** Whole books, story segments, N chapters or N pages per reading block. */
export function GranularityField({ value, onChange }: { value: ReadingGranularity; onChange: (value: ReadingGranularity) => void }) {
  const mode: Mode = typeof value === 'string' ? value : 'chapters' in value ? 'chapters' : 'pages';
  const size = typeof value === 'string' ? undefined : 'chapters' in value ? value.chapters : value.pages;
  const setMode = (next: Mode) => {
    if (next === 'book' || next === 'segment') onChange(next);
    else if (next === 'chapters') onChange({ chapters: 3 });
    else onChange({ pages: 50 });
  };
  const setSize = (n: number) => {
    if (!Number.isFinite(n) || n < 1) return;
    onChange(mode === 'chapters' ? { chapters: Math.min(500, Math.round(n)) } : { pages: Math.min(2000, Math.round(n)) });
  };
  return (
    <fieldset className="granularity">
      <legend>Reading steps</legend>
      <label className="field field--inline">
        <span>Read in</span>
        <select value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          <option value="book">whole books</option>
          <option value="segment">story segments (where known)</option>
          <option value="chapters">a few chapters at a time</option>
          <option value="pages">a number of pages at a time</option>
        </select>
      </label>
      {size !== undefined && (
        <label className="field field--inline">
          <span>{mode === 'chapters' ? 'Chapters per step' : 'Pages per step'}</span>
          <input type="number" min={1} max={mode === 'chapters' ? 500 : 2000} value={size} onChange={(e) => setSize(Number(e.target.value))} />
        </label>
      )}
      <p className="muted field__help">
        Most novels have no known chapter count; for them Helix cuts page ranges of similar length instead of inventing chapters.
      </p>
    </fieldset>
  );
}
