/**
 * The contracts between extension contexts: extension → page (the capture script injected with
 * `scripting.executeScript`) and popup → background (writes that must outlive the popup).
 * Types and thin wrappers only; the work lives in utils/extract, utils/selection and
 * utils/clippings, and the background validates every request (utils/message-schemas).
 * @module utils/messages
 */
import { browser } from 'wxt/browser';
import { browserEnv } from '@/utils/browser-env';
import type { Clipping, ClippingDraft, Collection } from '@/utils/db';
import type { ExtractResult } from '@/utils/extract/types';
import { accessFromError, classifyPage, type PageAccess } from '@/utils/page-access';
import type { CapturedSelection } from '@/utils/selection';

/** Built path of entrypoints/extract.ts (the capture script). */
export const EXTRACT_SCRIPT = '/extract.js';

/** Why a tab could not be read at all. */
export type InaccessibleReason = Extract<PageAccess, { clippable: false }>['reason'];

/**
 * What the capture script returns from a page. Plain JSON only (structured clone): no Date, no
 * DOM nodes. Besides the article it carries what a selection or link clip needs when there is
 * no article.
 */
export interface PageCapture {
  extraction: ExtractResult;
  /** The page's `document.title`. */
  title: string;
  /** The page's address at capture time. */
  url: string;
  /** The reader's selection, already sanitized in the page; null when nothing is selected. */
  selection: CapturedSelection | null;
}

export type CaptureResponse = { ok: true; capture: PageCapture } | { ok: false; reason: InaccessibleReason };

/** The tab fields a capture needs; `tabs.Tab` has them when the activeTab grant applies. */
export interface TargetTab {
  id?: number;
  url?: string;
  title?: string;
}

/** Injects the capture script into the tab (under the activeTab grant) and returns what it found. */
export async function requestCapture(tab: TargetTab): Promise<CaptureResponse> {
  if (tab.id === undefined) return { ok: false, reason: 'no-page' };
  const access = classifyPage(tab.url, { fileAccessAllowed: await isFileAccessAllowed() });
  if (!access.clippable) return { ok: false, reason: access.reason };
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [EXTRACT_SCRIPT] });
    const result: unknown = frame?.result;
    return isPageCapture(result) ? { ok: true, capture: result } : { ok: false, reason: 'browser-page' };
  } catch (error) {
    // chrome://, the web stores and PDF viewers refuse injection: an expected outcome, not a bug.
    const denied = accessFromError(error instanceof Error ? error.message : String(error));
    const reason = denied.clippable ? 'browser-page' : denied.reason;
    // Which pages hide their address even from activeTab differs by browser (utils/browser-env).
    return { ok: false, reason: reason === 'browser-page' && tab.url === undefined ? browserEnv().hiddenPageReason : reason };
  }
}

async function isFileAccessAllowed(): Promise<boolean> {
  try {
    return (await browser.extension.isAllowedFileSchemeAccess?.()) ?? false;
  } catch {
    return false;
  }
}

/** A shallow check: the script is ours, but the page's renderer produced the value. */
function isPageCapture(value: unknown): value is PageCapture {
  if (typeof value !== 'object' || value === null) return false;
  const { extraction, title, url, selection } = value as Partial<Record<keyof PageCapture, unknown>>;
  if (typeof title !== 'string' || typeof url !== 'string' || typeof selection !== 'object') return false;
  if (typeof extraction !== 'object' || extraction === null || !('ok' in extraction)) return false;
  return extraction.ok === true ? 'article' in extraction : 'reason' in extraction;
}

// ---------------------------------------------------------------------------------------------
// Popup → background

export type SaveFailureReason = 'quota' | 'missing-collection' | 'missing-clipping' | 'storage-unavailable' | 'invalid-request' | 'failed';

export type Failure = { ok: false; reason: SaveFailureReason; message: string };

export type SaveResponse = { ok: true; clipping: Clipping } | Failure;

export type CreateCollectionResponse = { ok: true; collection: Collection; created: boolean } | Failure;

/** Every request the background answers, by type. */
export interface BackgroundRequests {
  /** Stores a new clipping; answers after the commit. */
  'save-clipping': { request: { draft: ClippingDraft }; response: SaveResponse };
  /** Replaces clipping `id` ("Update" on an article clipped before); answers after the commit. */
  'update-clipping': { request: { id: string; draft: ClippingDraft }; response: SaveResponse };
  /** Creates a collection, or finds the one with that name in any letter case. */
  'create-collection': { request: { name: string }; response: CreateCollectionResponse };
}

export type BackgroundRequestType = keyof BackgroundRequests;

export type BackgroundMessage = {
  [K in BackgroundRequestType]: { type: K } & BackgroundRequests[K]['request'];
}[BackgroundRequestType];

export type BackgroundResponse = BackgroundRequests[BackgroundRequestType]['response'];

/** Sends a request to the background and resolves with its answer. */
export async function sendToBackground<K extends BackgroundRequestType>(
  type: K,
  request: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['response']> {
  const response: unknown = await browser.runtime.sendMessage({ type, ...request });
  if (response === undefined) throw new Error(`The background did not answer "${type}"`);
  return response as BackgroundRequests[K]['response'];
}
