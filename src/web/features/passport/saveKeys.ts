import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * Stops Enter in an input from submitting the form, which browsers do for a
 * form with a submit button. The input's own handler runs first, so Enter
 * still confirms a typed date or picks a list option. Only Save or Ctrl+S saves.
 */
export function preventEnterSubmit(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}

/**
 * Calls `save` on Ctrl+S (Cmd+S on a Mac) in place of the browser's "Save
 * page". It tests the key's position, not its letter, so it also works with
 * the Kazakh and Russian keyboard layouts, where that key types "ы".
 */
export function useSaveShortcut(save: () => void): void {
  const latestSave = useRef(save);

  useEffect(() => {
    latestSave.current = save;
  });

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.code !== 'KeyS' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;

      event.preventDefault();
      latestSave.current();
    };

    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
