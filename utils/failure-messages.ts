/**
 * Every reason a clip can fail, put into words: why (one sentence) and what to do instead (one
 * sentence). Shared by the popup's notices and the toolbar badge's tooltip.
 * @module utils/failure-messages
 */
import { browserEnv } from '@/utils/browser-env';
import type { ExtractFailureReason } from '@/utils/extract/types';
import type { MessageKey } from '@/utils/i18n';
import type { InaccessibleReason, SaveFailureReason } from '@/utils/messages';

export type ClipFailureReason = InaccessibleReason | ExtractFailureReason | SaveFailureReason | 'no-selection';

const MESSAGES: Record<ClipFailureReason, { why: MessageKey; what: MessageKey }> = {
  'browser-page': { why: 'cannotClipBrowserPage', what: 'tryNewsPage' },
  'extension-store': { why: 'cannotClipStore', what: 'tryNewsPage' },
  pdf: { why: 'cannotClipPdf', what: 'pdfAdvice' },
  'file-access': { why: 'cannotClipFile', what: browserEnv().fileAccessAdvice }, // differs by browser
  'no-page': { why: 'cannotClipNoPage', what: 'tryNewsPage' },
  'not-an-article': { why: 'noArticleFound', what: 'noArticleAdvice' },
  'empty-body': { why: 'noArticleFound', what: 'noArticleAdvice' },
  'too-large': { why: 'pageTooLarge', what: 'noArticleAdvice' },
  'no-selection': { why: 'noSelectionFound', what: 'noSelectionAdvice' },
  quota: { why: 'saveFailedQuota', what: 'quotaAdvice' },
  'storage-unavailable': { why: 'saveFailedStorage', what: 'storageAdvice' },
  'missing-collection': { why: 'saveFailedCollection', what: 'collectionAdvice' },
  'missing-clipping': { why: 'saveFailedClipping', what: 'clippingAdvice' },
  'invalid-request': { why: 'saveFailedInvalid', what: 'retryAdvice' },
  failed: { why: 'saveFailedUnknown', what: 'retryAdvice' },
};

export function failureMessage(reason: ClipFailureReason): { why: MessageKey; what: MessageKey } {
  return MESSAGES[reason];
}
