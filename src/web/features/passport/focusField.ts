import { fieldAnchorId } from './IndicatorField.js';

const HIGHLIGHT_CLASS = 'passport-field--highlight';

/** Milliseconds the field stays highlighted after a jump to it. */
const HIGHLIGHT_MS = 2000;

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** Scroll to a field of the passport form, focus its first input and highlight it; false when the page has no such field. */
export function focusField(code: string): boolean {
  const block = document.getElementById(fieldAnchorId(code));
  if (!block) return false;

  block.scrollIntoView({ block: 'center' });
  block.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true });

  block.classList.add(HIGHLIGHT_CLASS);
  window.setTimeout(() => block.classList.remove(HIGHLIGHT_CLASS), HIGHLIGHT_MS);
  return true;
}

/** Scroll to the first form item that shows an error, after a failed save. */
export function scrollToFirstError(): void {
  const item = document.querySelector<HTMLElement>('.passport-form .ant-form-item-has-error');
  item?.scrollIntoView({ block: 'center' });
}
