/**
 * Turns IndexedDB failures into reasons a user can act on. Pure.
 * @module utils/storage-errors
 */
import type { SaveFailureReason } from '@/utils/messages';

/**
 * Chrome reports a full disk as a transaction AbortError whose `inner` is the
 * QuotaExceededError; Firefox and fake-indexeddb raise QuotaExceededError directly. Firefox with
 * "never remember history" refuses IndexedDB with InvalidStateError.
 */
export function classifyStorageError(error: unknown): SaveFailureReason {
  const names = errorChain(error).map((e) => e.name);
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.some((n) => n === 'InvalidStateError' || n === 'MissingAPIError' || n === 'OpenFailedError')) return 'storage-unavailable';
  return 'failed';
}

function errorChain(error: unknown): { name: string }[] {
  const chain: { name: string }[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === 'string') chain.push({ name: e.name });
    current = e.inner ?? e.cause;
  }
  return chain;
}
