/**
 * Small preferences kept in extension storage (not in the clipping database): they are read at
 * popup start and must not wait for IndexedDB. Short-lived popup state is in utils/session-state.
 * @module utils/settings
 */
import { storage } from '#imports';
import { INBOX_ID } from '@/utils/db';

/** The collection the popup preselects and the quick-save shortcut uses: the one of the last save. */
export const lastCollectionId = storage.defineItem<string>('local:lastCollectionId', { fallback: INBOX_ID });

/** The tags of the last save, which the quick-save shortcut gives the next page. */
export const lastTags = storage.defineItem<string[]>('local:lastTags', { fallback: [] });
