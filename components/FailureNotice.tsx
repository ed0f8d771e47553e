import { browserEnv } from '@/utils/browser-env';
import type { ExtractResponse } from '@/utils/messages';
import { t, type MessageKey } from '@/utils/i18n';

type Reason = Extract<ExtractResponse, { ok: false }>['reason'];

/** Why the page cannot be clipped, and what to do instead: one sentence each. */
const MESSAGES: Record<Reason, { why: MessageKey; what: MessageKey }> = {
  'browser-page': { why: 'cannotClipBrowserPage', what: 'tryNewsPage' },
  'extension-store': { why: 'cannotClipStore', what: 'tryNewsPage' },
  pdf: { why: 'cannotClipPdf', what: 'pdfAdvice' },
  'file-access': { why: 'cannotClipFile', what: browserEnv().fileAccessAdvice }, // differs by browser
  'no-page': { why: 'cannotClipNoPage', what: 'tryNewsPage' },
  'not-an-article': { why: 'noArticleFound', what: 'noArticleAdvice' },
  'empty-body': { why: 'noArticleFound', what: 'noArticleAdvice' },
  'too-large': { why: 'pageTooLarge', what: 'noArticleAdvice' },
};

export function FailureNotice({ reason }: { reason: Reason }) {
  const { why, what } = MESSAGES[reason];
  return (
    <div class="notice notice-warning" role="alert" data-reason={reason}>
      <p class="notice-why">{t(why)}</p>
      <p class="notice-what">{t(what)}</p>
    </div>
  );
}
