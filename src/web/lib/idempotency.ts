import type { FormInstance } from 'antd';
import { useState } from 'react';
import { api, ApiError } from './api';
import { showApiError } from './forms';

/**
 * A money POST with an `Idempotency-Key`: the key is made when the form opens and sent again on a
 * retry, so a double click or a lost answer never writes a second receipt.
 */
export function apiWithKey<T>(path: string, body: unknown, key: string): Promise<T> {
  return api<T>('POST', path, body, { 'Idempotency-Key': key });
}

/** crypto.randomUUID needs a secure context; a staff app opened over plain http on a LAN still gets a random key. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** The same key with a changed body: the earlier request may have been written; the caller starts a new key. */
export const isKeyReused = (e: unknown) => e instanceof ApiError && e.code === 'idempotency_key_reused';

/**
 * A form that POSTs money with an idempotency key: the key is made when the form opens and sent again on
 * a retry; `renewKey` starts a new one for the next record. On `idempotency_key_reused` (the same key with
 * a changed body: the first try may have been written) it takes a fresh key and shows `keyReusedMessage`,
 * so the user can send again once they have checked. Other errors go under the form's fields or into `error`.
 */
export function useIdempotentSubmit(form: FormInstance | null, keyReusedMessage: string) {
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  /** The server's answer, or undefined when the request failed (the error is already shown). */
  async function post<T>(path: string, body: unknown): Promise<T | undefined> {
    setError('');
    setBusy(true);
    try {
      return await apiWithKey<T>(path, body, key);
    } catch (e) {
      if (isKeyReused(e)) {
        setKey(newIdempotencyKey());
        setError(keyReusedMessage);
      } else {
        const msg = showApiError(form, e);
        if (msg) setError(msg);
      }
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { post, busy, error, setError, renewKey: () => setKey(newIdempotencyKey()) };
}
