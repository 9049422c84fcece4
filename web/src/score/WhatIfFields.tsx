import { Field } from '../ui/Field';

/** A characteristic to choose: "as now" (the empty value, naming the current answer) or one of the answers in words. */
export function ChoiceField<T extends string>(props: {
  label: string;
  words: Record<T, string>;
  current: T | undefined;
  value: T | '';
  onChange(value: string): void;
}) {
  return (
    <Field label={props.label}>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{props.current ? `As now (${props.words[props.current]})` : 'As now'}</option>
        {(Object.keys(props.words) as T[]).map((answer) => (
          <option key={answer} value={answer}>
            {props.words[answer]}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A whole number to type, with the current value as a hint, or what to type instead when it cannot be sent. */
export function NumberField(props: {
  label: string;
  value: string;
  invalid: boolean;
  rule: string;
  now: string | null;
  onChange(value: string): void;
}) {
  return (
    <Field label={props.label} hint={props.invalid ? props.rule : (props.now ?? undefined)}>
      <input
        inputMode="numeric"
        value={props.value}
        aria-invalid={props.invalid}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Field>
  );
}
