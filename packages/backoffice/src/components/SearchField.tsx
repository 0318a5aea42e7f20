import { useEffect, useState } from 'react';
import { Field } from './Field.tsx';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly placeholder?: string;
  readonly className?: string;
}

/**
 * A search or text filter applied when typing pauses (300 ms), so each key does not start a
 * request; what is applied is trimmed, and the box follows the value when the URL changes it.
 */
export function SearchField({ label, value, onChange, placeholder, className }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onChange(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <Field label={label}>
      <input
        type="search"
        className={className}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </Field>
  );
}
