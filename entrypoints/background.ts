import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { handleBackgroundMessage } from '@/utils/background';
import { badgeFor, showBadge } from '@/utils/badge';
import { t } from '@/utils/i18n';
import { clipSelectionFromMenu, quickSavePage, type QuickClipOutcome } from '@/utils/quick-clip';
import { CLIP_SELECTION_MENU, QUICK_SAVE_COMMAND } from '@/utils/shortcuts';

/** Wiring only: popup requests, the quick-save shortcut and the selection menu entry. */
export default defineBackground(() => {
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const answer = handleBackgroundMessage(message, sender, browser.runtime.id, origin);
    if (!answer) return false;
    answer.then(sendResponse);
    return true; // keeps the channel open until the write has committed
  });

  // Menus survive restarts in Chrome but not in every browser: (re)create them on both events.
  const createMenu = () =>
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: CLIP_SELECTION_MENU, title: t('menuClipSelection'), contexts: ['selection'] });
    });
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CLIP_SELECTION_MENU || !tab) return;
    void report(tab.id, clipSelectionFromMenu(tab, info.selectionText ?? ''));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== QUICK_SAVE_COMMAND) return;
    void (tab ? Promise.resolve(tab) : activeTab()).then((target) => target && report(target.id, quickSavePage(target)));
  });
});

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Shows the outcome on the toolbar button of the tab; unexpected errors show as a failure too. */
async function report(tabId: number | undefined, work: Promise<'popup' | QuickClipOutcome>): Promise<void> {
  const outcome: 'popup' | QuickClipOutcome = await work.catch((error: unknown) => {
    console.error('Pressclip:', error);
    return { status: 'failed', reason: 'failed' } as const;
  });
  if (outcome !== 'popup' && tabId !== undefined) await showBadge(tabId, badgeFor(outcome));
}
