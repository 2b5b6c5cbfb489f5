import { Input } from 'antd';
import { useState } from 'react';
import { formatNumberText, parseNumberText } from './numberText.js';

interface NumberInputProps {
  id?: string;
  value?: number | string | null;
  onChange?: (value: number | string | null) => void;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * Renders a text input for a number that keeps whatever the user typed. Unlike
 * antd's InputNumber it neither clamps a value to the limits nor drops letters.
 * The form's rules report both, so an out-of-range value is never saved altered.
 */
export function NumberInput({ id, value, onChange, ...aria }: NumberInputProps) {
  const [text, setText] = useState(() => formatNumberText(value));

  // A value set from outside (a reset after saving, a server response) replaces the text.
  const displayedText = parseNumberText(text) === (value ?? null) ? text : formatNumberText(value);

  return (
    <Input
      id={id}
      {...aria}
      className="passport-number"
      inputMode="decimal"
      autoComplete="off"
      value={displayedText}
      onChange={(event) => {
        setText(event.target.value);
        onChange?.(parseNumberText(event.target.value));
      }}
    />
  );
}
