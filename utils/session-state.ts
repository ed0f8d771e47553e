/**
 * Short-lived state between the background and the popup, in session storage (memory only,
 * gone when the browser closes). Kept apart from utils/settings so that the popup can read it
 * before its first render without loading the database code.
 * @module utils/session-state
 */
import { storage } from '#imports';
import type { MetadataFields } from '@/utils/clip-draft';
import type { ClippingKind } from '@/utils/db';

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
