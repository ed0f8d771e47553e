import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '@/utils/persistent-storage';

describe('requestPersistentStorage', () => {
  it('should ask for persistence when storage is not persistent yet', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };

    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('should not ask again when storage is persistent already', async () => {
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };

    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('should report a refusal or a missing API as not persistent, without throwing', async () => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe(false);
    expect(await requestPersistentStorage({ persisted: async () => Promise.reject(new Error('denied')), persist: async () => true })).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});
