import './choice-group.css';

interface Props<T extends string> {
  /** The group's accessible name (a visually hidden legend). */
  legend: string;
  /** Radio name, unique on the page. */
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A row of mutually exclusive options drawn as one segmented control: real radio buttons, so arrow keys move between them. */
export function ChoiceGroup<T extends string>({ legend, name, value, options, onChange }: Props<T>) {
  return (
    <fieldset className="choice-group">
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={`choice-group__option${value === option.value ? ' choice-group__option--on' : ''}`}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
