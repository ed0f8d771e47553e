/**
 * Small preferences and short-lived popup state kept in extension storage (not in the clipping
 * database): they are read at popup start and must not wait for IndexedDB.
 * @module utils/settings
 */
import { storage } from '#imports';
import type { MetadataFields } from '@/utils/clip-draft';
import { INBOX_ID, type ClippingKind } from '@/utils/db';

/** The collection the popup preselects and the quick-save shortcut uses: the one of the last save. */
export const lastCollectionId = storage.defineItem<string>('local:lastCollectionId', { fallback: INBOX_ID });

/** The tags of the last save, which the quick-save shortcut gives the next page. */
export const lastTags = storage.defineItem<string[]>('local:lastTags', { fallback: [] });

/**
 * Left by the context menu "Clip selection to Pressclip" for the popup it opens, so the popup
 * starts with the selection. The browser's own copy of the selected text travels with it, for
 * selections the capture script cannot see (inside a frame). Session storage: never on disk.
 */
export interface SelectionRequest {
  tabId: number;
  selectionText: string;
  /** Epoch ms; a request older than SELECTION_REQUEST_TTL is ignored. */
  at: number;
}

export const SELECTION_REQUEST_TTL = 60_000;

export const selectionRequest = storage.defineItem<SelectionRequest | null>('session:selectionRequest', { fallback: null });

/**
 * The popup's unsaved form for one tab, kept while the journalist types: a popup closes when it
 * loses focus, and what was typed must be there when it opens again on the same page.
 */
export interface FormMemory {
  url: string;
  kind: ClippingKind;
  fields: MetadataFields;
  tags: string[];
  pendingTag: string;
  collectionId: string;
  note: string;
}

const formKey = (tabId: number) => `session:popupForm:${tabId}` as const;

export function recallForm(tabId: number): Promise<FormMemory | null> {
  return storage.getItem<FormMemory>(formKey(tabId));
}

export function rememberForm(tabId: number, form: FormMemory): Promise<void> {
  return storage.setItem(formKey(tabId), form);
}

export function forgetForm(tabId: number): Promise<void> {
  return storage.removeItem(formKey(tabId));
}
