/**
 * Reads the extension's IndexedDB straight from one of its pages, bypassing the app's code, so
 * end-to-end tests check what was really committed.
 */
import type { Page } from 'playwright-core';

export function readStore<T = Record<string, unknown>>(extensionPage: Page, store: 'clippings' | 'collections' | 'tags'): Promise<T[]> {
  return extensionPage.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('pressclip');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            done(request.result as T[]);
          };
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}
