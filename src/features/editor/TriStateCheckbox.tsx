import { useEffect, useRef } from 'react';

interface Props {
  state: 'all' | 'some' | 'none';
  label: string;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** A checkbox that can show "some selected" (aria-checked="mixed" via the indeterminate property). */
export function TriStateCheckbox({ state, label, onChange, disabled = false }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <label className="tree__label">
      <input ref={ref} type="checkbox" checked={state === 'all'} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
