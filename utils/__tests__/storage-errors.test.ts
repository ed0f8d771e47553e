import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '@/utils/storage-errors';

describe('classifyStorageError', () => {
  it.each([
    ['Chrome: AbortError wrapping QuotaExceededError', { name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    ['a plain QuotaExceededError', { name: 'QuotaExceededError' }, 'quota'],
    ['a DOMException chained as cause', { name: 'Error', cause: { name: 'QuotaExceededError' } }, 'quota'],
    ['Firefox private mode', { name: 'InvalidStateError' }, 'storage-unavailable'],
    ['no IndexedDB at all', { name: 'MissingAPIError' }, 'storage-unavailable'],
    ['anything else', new Error('boom'), 'failed'],
    ['a string', 'boom', 'failed'],
  ])('should classify %s', (_name, error, expected) => {
    expect(classifyStorageError(error)).toBe(expected);
  });
});
