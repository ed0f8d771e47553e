/**
 * The popup's side effects, apart from its markup: which tab, what the page holds, what the
 * context menu asked for, what was typed before the popup last closed; and saving through the
 * background. Only the background writes, so a save survives the popup closing.
 */
import { browser } from 'wxt/browser';
import type { ClipSource } from '@/utils/clip-draft';
import type { ClippingDraft } from '@/utils/db';
import type { ClipFailureReason } from '@/utils/failure-messages';
import { requestCapture, sendToBackground, type CaptureResponse, type CreateCollectionResponse, type Failure, type SaveResponse, type TargetTab } from '@/utils/messages';
import { selectionFromText } from '@/utils/selection';
import { recallForm, SELECTION_REQUEST_TTL, selectionRequest, type FormMemory, type SelectionRequest } from '@/utils/session-state';

/** Everything the popup learns about its page before it can show the preview. */
export interface OpenedPage {
  tabId: number | undefined;
  source: ClipSource;
  /** Why no article could be read, or null when there is one. */
  failure: ClipFailureReason | null;
  /** The context menu "Clip selection to Pressclip" opened this popup. */
  selectionRequested: boolean;
  /** The form as it was when the popup last closed on this page, unsaved. */
  remembered: FormMemory | null;
}

/** The tab the popup acts on: the active tab of the popup's own window. */
export async function findTargetTab(): Promise<TargetTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Reads the page (and, alongside, the popup's short-lived state) as fast as the browser allows. */
export async function openPage(): Promise<OpenedPage> {
  const tab = await findTargetTab();
  const tabId = tab?.id;
  const noPage: CaptureResponse = { ok: false, reason: 'no-page' };
  const [captured, request, remembered] = await Promise.all([
    tab ? requestCapture(tab) : noPage,
    tabId === undefined ? null : takeSelectionRequest(tabId),
    tabId === undefined ? null : recallForm(tabId).catch(() => null),
  ]);
  const page = captured.ok ? captured.capture : null;
  const source: ClipSource = {
    url: page?.url ?? tab?.url ?? '',
    title: page?.title ?? tab?.title ?? '',
    article: page?.extraction.ok ? page.extraction.article : null,
    // The capture's selection keeps the markup; the menu's copy is plain text (e.g. from a frame).
    selection: page?.selection ?? (request ? selectionFromText(request.selectionText) : null),
  };
  const failure = !captured.ok ? captured.reason : captured.capture.extraction.ok ? null : captured.capture.extraction.reason;
  return {
    tabId,
    source,
    failure,
    selectionRequested: request !== null,
    remembered: remembered?.url === source.url ? remembered : null,
  };
}

/** The context menu's request for this tab, if fresh; taken, so a later popup opens normally. */
async function takeSelectionRequest(tabId: number, now = Date.now()): Promise<SelectionRequest | null> {
  const request = await selectionRequest.getValue().catch(() => null);
  if (!request || request.tabId !== tabId || now - request.at > SELECTION_REQUEST_TTL) return null;
  await selectionRequest.setValue(null);
  return request;
}

/**
 * Sanitizes the body in our own origin (DOMPurify is loaded only now: the preview does not need
 * it) and has the background store the draft, as a new clipping or over `existingId`. Resolves
 * once the background has committed the write, or failed to.
 */
export async function submitDraft(draft: ClippingDraft, existingId?: string): Promise<SaveResponse> {
  try {
    const { sanitizeClipHtml } = await preloadSanitizer();
    const safe: ClippingDraft = { ...draft, contentHtml: sanitizeClipHtml(draft.contentHtml, window) };
    return await (existingId === undefined ? sendToBackground('save-clipping', { draft: safe }) : sendToBackground('update-clipping', { id: existingId, draft: safe }));
  } catch (error) {
    return unexpected(error);
  }
}

/** The sanitizer module (DOMPurify), loaded once; not part of the code the preview waits for. */
export function preloadSanitizer(): Promise<typeof import('@/utils/extract/sanitize')> {
  sanitizer ??= import('@/utils/extract/sanitize');
  return sanitizer;
}

let sanitizer: Promise<typeof import('@/utils/extract/sanitize')> | undefined;

export async function createCollectionNamed(name: string): Promise<CreateCollectionResponse> {
  try {
    return await sendToBackground('create-collection', { name });
  } catch (error) {
    return unexpected(error);
  }
}

function unexpected(error: unknown): Failure {
  return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
}

export function openLibrary(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
