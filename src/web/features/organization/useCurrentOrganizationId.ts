import { useSyncExternalStore } from 'react';
import { useMe } from '../auth/useMe.js';

const STORAGE_KEY = 'kontingent.organizationId';
const listeners = new Set<() => void>();

function readChosenId(): number | null {
  const stored = Number(localStorage.getItem(STORAGE_KEY));
  return Number.isInteger(stored) && stored > 0 ? stored : null;
}

/** Remember the school an administrator or a watcher opened, across reloads and in every open page. */
export function chooseOrganization(organizationId: number | null): void {
  if (organizationId === null) localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, String(organizationId));

  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Return the school whose data the pages show: an operator's own school, or
 * the one that an administrator or district, region or ministry staff chose
 * (null until they choose).
 */
export function useCurrentOrganizationId(): number | null {
  const me = useMe();
  const chosenId = useSyncExternalStore(subscribe, readChosenId);

  if (!me.data) return null;
  return me.data.role === 'operator' ? me.data.organizationId : chosenId;
}
