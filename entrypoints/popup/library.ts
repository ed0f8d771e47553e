/**
 * The popup's real Library and Backend (see model.ts): reads from the database in the popup's
 * own origin, writes through the background, and keeps the unsaved form in session storage.
 */
import { liveQuery } from 'dexie';
import { findClippingByArticleKey, listCollections, suggestTags } from '@/utils/clippings';
import { forgetForm, rememberForm, type FormMemory } from '@/utils/session-state';
import { lastCollectionId } from '@/utils/settings';
import { createCollectionNamed, preloadSanitizer, submitDraft } from './clip-session';
import type { Backend, Library } from './model';

/** How many suggestions the tag field shows. */
const SUGGESTIONS = 6;

export const library: Library = {
  lastCollectionId: () => lastCollectionId.getValue(),
  watchCollections(onChange) {
    const subscription = liveQuery(() => listCollections()).subscribe({
      next: onChange,
      error: (error: unknown) => console.error('Pressclip: collections could not be read', error),
    });
    return () => subscription.unsubscribe();
  },
  findExisting: (urlKey) => findClippingByArticleKey(urlKey),
  suggestTags: (prefix, exclude) => suggestTags({ prefix, exclude, limit: SUGGESTIONS }),
  // Loaded now, not at Save: a popup closed right after Save must not still be fetching code
  // when it dies, or the save never reaches the background.
  preloadSave: () => void preloadSanitizer(),
};

/**
 * Writes go to the background. The form is remembered on every change, not debounced: a popup
 * can close at any keystroke (it closes when it loses focus), and a session-storage write is
 * one cheap message that the browser completes even when the popup is gone.
 */
export function createBackend(tabId: number | undefined): Backend {
  return {
    submit: submitDraft,
    createCollection: createCollectionNamed,
    remember(form: FormMemory) {
      if (tabId !== undefined) void rememberForm(tabId, form).catch(() => undefined);
    },
    forget() {
      if (tabId !== undefined) void forgetForm(tabId).catch(() => undefined);
    },
  };
}
