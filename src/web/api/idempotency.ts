import { useRef } from 'react';

/**
 * Returns a new random key of 32 hex digits. crypto.randomUUID exists only on
 * HTTPS and localhost, and schools often open the server by its LAN address
 * over HTTP, so the key comes from crypto.getRandomValues.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Returns a function that gives the Idempotency-Key header for a request
 * body: the same key while the body stays the same, so a double click or a
 * retry after a lost response repeats the request instead of doing it twice,
 * and a new key once the operator changes the request.
 */
export function useIdempotencyHeaders(): (body: unknown) => Record<string, string> {
  const last = useRef<{ body: string; key: string } | null>(null);

  return (body) => {
    const serialized = JSON.stringify(body);
    if (last.current?.body !== serialized) last.current = { body: serialized, key: newIdempotencyKey() };

    return { 'Idempotency-Key': last.current.key };
  };
}
