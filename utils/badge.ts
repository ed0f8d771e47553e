/**
 * The toolbar badge as the confirmation of clips made without the popup (quick-save shortcut,
 * context menu fallback): ✓ saved, = already in the library, ! not saved; the button's tooltip
 * says the sentence. Set for the one tab only, and cleared after a while.
 * @module utils/badge
 */
import { browser } from 'wxt/browser';
import { failureMessage } from '@/utils/failure-messages';
import { formatDate, t } from '@/utils/i18n';
import type { QuickClipOutcome } from '@/utils/quick-clip';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** Badge colours: the success and error colours of components/tokens.css (white text, AA contrast). */
const OK = '#1d6b35';
const ERROR = '#a4161a';

export function badgeFor(outcome: QuickClipOutcome): Badge {
  switch (outcome.status) {
    case 'saved':
      return { text: '✓', color: OK, title: t('badgeSaved', outcome.collectionName) };
    case 'already':
      return { text: '=', color: OK, title: t('badgeAlready', outcome.collectionName, formatDate(outcome.clipping.clippedAt)) };
    case 'failed': {
      const { why, what } = failureMessage(outcome.reason);
      return { text: '!', color: ERROR, title: `${t('badgeFailed')} ${t(why)} ${t(what)}` };
    }
  }
}

/** How long the badge stays; the service worker lives at least this long after an event. */
export const BADGE_SHOWN_MS = 10_000;

export async function showBadge(tabId: number, badge: Badge, shownMs = BADGE_SHOWN_MS): Promise<void> {
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setBadgeText({ tabId, text: badge.text }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
  setTimeout(() => {
    // The tab may be gone by now; nothing to clear then.
    void Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: t('extName') })]).catch(() => undefined);
  }, shownMs);
}

/** MV3 `action`, or MV2 Firefox's `browserAction` (same methods). */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
