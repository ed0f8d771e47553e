/**
 * Asks the browser to keep the extension's storage persistent, so the library is never evicted
 * under storage pressure. `unlimitedStorage` already exempts it from the quota; persistence is
 * the separate promise not to clear it. Chrome grants it to extensions without asking the user,
 * Firefox to extensions with `unlimitedStorage`; a refusal changes nothing the user can act on,
 * so it is not reported.
 * @module utils/persistent-storage
 */

/** The part of `navigator.storage` this needs (absent in some contexts, e.g. workers). */
export interface PersistableStorage {
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

/** Resolves whether storage is persistent now; never rejects. */
export async function requestPersistentStorage(storage: PersistableStorage | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
