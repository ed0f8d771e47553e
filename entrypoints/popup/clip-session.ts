/**
 * The popup's work, apart from its markup: find the tab, extract, build the draft, save through
 * the background. Only the background writes, so a save survives the popup closing.
 */
import { browser } from 'wxt/browser';
import type { ClippingDraft } from '@/utils/db';
import type { ExtractedArticle } from '@/utils/extract/types';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import { requestExtraction, sendToBackground, type ExtractResponse, type SaveResponse } from '@/utils/messages';
import { normalizeTags } from '@/utils/tags';

/** The tab the popup acts on: the active tab of the popup's own window. */
export async function findTargetTab(): Promise<{ id?: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export async function extractFromActiveTab(): Promise<ExtractResponse> {
  const tab = await findTargetTab();
  return tab ? requestExtraction(tab) : { ok: false, reason: 'no-page' };
}

export interface UserChoices {
  tags: string[];
  collectionId: string;
  note: string;
}

/** The record to save: the article (sanitized again here, in our own origin) plus the user's choices. */
export function buildDraft(article: ExtractedArticle, choices: UserChoices): ClippingDraft {
  return {
    ...article,
    contentHtml: sanitizeClipHtml(article.contentHtml, window),
    kind: 'article',
    tags: normalizeTags(choices.tags),
    collectionId: choices.collectionId,
    note: choices.note.trim(),
  };
}

/** Resolves once the background has committed the write (or failed to). */
export async function saveDraft(draft: ClippingDraft): Promise<SaveResponse> {
  try {
    return await sendToBackground('save-clipping', { draft });
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
