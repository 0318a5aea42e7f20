import { useId, type ReactElement, cloneElement } from 'react';

interface Props {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: string;
  /** One input, select or textarea: it gets the label's id and the error's description. */
  readonly children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
}

/** A labelled form control with the server's message for it underneath. */
export function Field({ label, error, hint, children }: Props) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error || hint ? messageId : undefined,
      })}
      {error ? (
        <p className="field-error" id={messageId}>
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint" id={messageId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
