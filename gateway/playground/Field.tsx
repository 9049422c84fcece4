import { ReactElement, cloneElement, useId } from 'react';

/** A labelled control: the label names the control alone (not the control's current value too). */
export function Field({ label, children }: { label: string; children: ReactElement<{ id?: string }> }) {
  const id = useId();
  return (
    <span className="viewer-field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </span>
  );
}
