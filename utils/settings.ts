/**
 * Small preferences kept in extension storage (not in the clipping database): they are read
 * at popup start and must not wait for IndexedDB.
 * @module utils/settings
 */
import { storage } from '#imports';
import { INBOX_ID } from '@/utils/db';

/** The collection the popup preselects: the one used for the last save. */
export const lastCollectionId = storage.defineItem<string>('local:lastCollectionId', { fallback: INBOX_ID });
