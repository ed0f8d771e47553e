/**
 * The background's own ways to clip, for when the popup is not in the loop: the quick-save
 * shortcut, and the context menu "Clip selection to Pressclip" (which opens the popup where the
 * browser allows it and saves directly where it does not). Each returns an outcome for the
 * toolbar badge (utils/badge.ts) instead of throwing.
 *
 * The capture script returns allow-list markup, but it ran in the page's renderer: before
 * anything is stored, these paths clean the HTML with DOMPurify in the extension's origin
 * (utils/background-sanitizer.ts), as the popup does for its saves. Views sanitize again before
 * they render clipped HTML either way.
 * @module utils/quick-clip
 */
import { findClippingByArticleKey, getCollection, saveClipping } from '@/utils/clippings';
import { buildDraft, clipContent, type ClipSource } from '@/utils/clip-draft';
import { db as defaultDb, INBOX_ID, type Clipping, type ClippingKind, type PressclipDB } from '@/utils/db';
import type { ClipFailureReason } from '@/utils/failure-messages';
import { requestCapture, type CaptureResponse, type TargetTab } from '@/utils/messages';
import { selectionFromText } from '@/utils/selection';
import { selectionRequest } from '@/utils/session-state';
import { lastCollectionId, lastTags } from '@/utils/settings';
import { toFailure } from '@/utils/background';
import { sanitizeInBackground } from '@/utils/background-sanitizer';
import { toolbarAction } from '@/utils/badge';
import { articleKey } from '@/utils/url';

export type QuickClipOutcome =
  | { status: 'saved'; clipping: Clipping; collectionName: string }
  | { status: 'already'; clipping: Clipping; collectionName: string }
  | { status: 'failed'; reason: ClipFailureReason };

export interface QuickClipDeps {
  /** Reads the tab; the real one injects the capture script (tests pass a stand-in). */
  capture?: (tab: TargetTab) => Promise<CaptureResponse>;
  database?: PressclipDB;
  now?: number;
  /** DOMPurify in the extension's origin (tests may pass their own). */
  sanitize?: (html: string) => Promise<string>;
}

/**
 * The quick-save shortcut: saves the article in `tab` into the last used collection with the
 * last used tags. An article clipped before is not saved twice; the outcome says where it is.
 */
export async function quickSavePage(tab: TargetTab, deps: QuickClipDeps = {}): Promise<QuickClipOutcome> {
  const database = deps.database ?? defaultDb;
  const captured = await (deps.capture ?? requestCapture)(tab);
  if (!captured.ok) return failed(captured.reason);
  const { extraction } = captured.capture;
  if (!extraction.ok) return failed(extraction.reason);
  const { article } = extraction;
  const existing = await findClippingByArticleKey(articleKey(article.url, article.canonicalUrl), database);
  if (existing) {
    return { status: 'already', clipping: existing, collectionName: (await getCollection(existing.collectionId, database))?.name ?? '' };
  }
  return saveWithLastChoices({ url: article.url, title: article.title, article, selection: null }, 'article', deps);
}

/**
 * Saves the selection in `tab` with the last used collection and tags: the context menu's path
 * where the popup cannot be opened. Where the capture script cannot see the selection (it is in
 * a frame, or the page refuses scripts), the browser's own copy of the selected text
 * (`selectionText`) is saved with the page's title and address.
 */
export async function quickSaveSelection(tab: TargetTab, selectionText: string, deps: QuickClipDeps = {}): Promise<QuickClipOutcome> {
  const captured = await (deps.capture ?? requestCapture)(tab);
  const page = captured.ok ? captured.capture : null;
  const source: ClipSource = {
    url: page?.url ?? tab.url ?? '',
    title: page?.title ?? tab.title ?? '',
    article: page?.extraction.ok ? page.extraction.article : null,
    selection: page?.selection ?? selectionFromText(selectionText),
  };
  if (!source.selection) return failed('no-selection');
  if (!source.url) return failed('no-page');
  return saveWithLastChoices(source, 'selection', deps);
}

/**
 * The context menu "Clip selection to Pressclip": asks the popup to open with the selection;
 * where the browser cannot open it (no `openPopup`, or no focused window), saves the selection
 * directly. Resolves with 'popup' when the popup took over.
 */
export async function clipSelectionFromMenu(
  tab: TargetTab,
  selectionText: string,
  deps: QuickClipDeps & { openPopup?: () => Promise<void> } = {},
): Promise<'popup' | QuickClipOutcome> {
  if (tab.id === undefined) return failed('no-page');
  const request = selectionRequest.setValue({ tabId: tab.id, selectionText, at: deps.now ?? Date.now() });
  // Called before any await: Firefox lets an extension open its popup only inside the click handler.
  const opened = (deps.openPopup ?? openActionPopup)().then(
    () => true,
    () => false,
  );
  await request;
  if (await opened) return 'popup';
  await selectionRequest.setValue(null);
  return quickSaveSelection(tab, selectionText, deps);
}

function openActionPopup(): Promise<void> {
  const action = toolbarAction() as Partial<ReturnType<typeof toolbarAction>> | undefined;
  if (typeof action?.openPopup !== 'function') return Promise.reject(new Error('This browser cannot open the popup from the menu'));
  return action.openPopup();
}

async function saveWithLastChoices(source: ClipSource, kind: ClippingKind, deps: QuickClipDeps): Promise<QuickClipOutcome> {
  const database = deps.database ?? defaultDb;
  const [collectionId, tags] = await Promise.all([lastCollectionId.getValue(), lastTags.getValue()]);
  // The last collection may have been deleted in the library since; the Inbox always exists.
  const collection = (await getCollection(collectionId, database)) ?? (await getCollection(INBOX_ID, database));
  try {
    const draft = buildDraft(clipContent(source, kind), kind, { tags, collectionId: collection?.id ?? INBOX_ID, note: '' });
    draft.contentHtml = await (deps.sanitize ?? sanitizeInBackground)(draft.contentHtml);
    const clipping = await saveClipping(draft, database, deps.now);
    return { status: 'saved', clipping, collectionName: collection?.name ?? '' };
  } catch (error) {
    return failed(toFailure(error).reason);
  }
}

function failed(reason: ClipFailureReason): QuickClipOutcome {
  return { status: 'failed', reason };
}
