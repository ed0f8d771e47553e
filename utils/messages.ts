/**
 * The contracts between extension contexts: popup → page (the extractor injected with
 * `scripting.executeScript`) and popup → background (writes that must outlive the popup).
 * Types and thin wrappers only; the work lives in utils/extract and utils/clippings.
 * @module utils/messages
 */
import { browser } from 'wxt/browser';
import { browserEnv } from '@/utils/browser-env';
import type { Clipping, ClippingDraft } from '@/utils/db';
import type { ExtractResult } from '@/utils/extract/types';
import { accessFromError, classifyPage, type PageAccess } from '@/utils/page-access';

/** Built path of entrypoints/extract.content.ts. */
export const EXTRACT_SCRIPT = '/content-scripts/extract.js';

type Inaccessible = Extract<PageAccess, { clippable: false }>;

/** What the popup gets for a tab. Plain JSON only (structured clone): no Date, no DOM nodes. */
export type ExtractResponse = ExtractResult | { ok: false; reason: Inaccessible['reason'] };

/** Injects the extractor into the tab (under the activeTab grant) and returns what it found. */
export async function requestExtraction(tab: { id?: number; url?: string }): Promise<ExtractResponse> {
  if (tab.id === undefined) return { ok: false, reason: 'no-page' };
  const access = classifyPage(tab.url, { fileAccessAllowed: await isFileAccessAllowed() });
  if (!access.clippable) return { ok: false, reason: access.reason };
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [EXTRACT_SCRIPT] });
    const result: unknown = frame?.result;
    return isExtractResult(result) ? result : { ok: false, reason: 'browser-page' };
  } catch (error) {
    // chrome://, the web stores and PDF viewers refuse injection: an expected outcome, not a bug.
    const access = accessFromError(error instanceof Error ? error.message : String(error));
    const reason = access.clippable ? 'browser-page' : access.reason;
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

function isExtractResult(value: unknown): value is ExtractResult {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'article' in value : 'reason' in value;
}

// ---------------------------------------------------------------------------------------------
// Popup → background

export type SaveFailureReason = 'quota' | 'missing-collection' | 'storage-unavailable' | 'failed';

export type SaveResponse =
  | { ok: true; clipping: Clipping }
  | { ok: false; reason: SaveFailureReason; message: string };

/** Every request the background answers, by type. */
export interface BackgroundRequests {
  'save-clipping': { request: { draft: ClippingDraft }; response: SaveResponse };
}

export type BackgroundMessage = {
  [K in keyof BackgroundRequests]: { type: K } & BackgroundRequests[K]['request'];
}[keyof BackgroundRequests];

/** Sends a request to the background and resolves with its answer. */
export async function sendToBackground<K extends keyof BackgroundRequests>(
  type: K,
  request: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['response']> {
  const response: unknown = await browser.runtime.sendMessage({ type, ...request });
  if (response === undefined) throw new Error(`The background did not answer "${type}"`);
  return response as BackgroundRequests[K]['response'];
}
