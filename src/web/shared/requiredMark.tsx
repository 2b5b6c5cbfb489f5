import type { ReactNode } from 'react';

/**
 * Render the required asterisk inside the label text, so that a label that
 * wraps onto two lines keeps the asterisk beside its first word.
 */
export function inlineRequiredMark(label: ReactNode, { required }: { required: boolean }): ReactNode {
  return (
    <span>
      {required && (
        <span className="required-mark" aria-hidden="true">
          *
        </span>
      )}
      {label}
    </span>
  );
}
