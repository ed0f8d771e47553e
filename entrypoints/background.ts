import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { handleBackgroundMessage } from '@/utils/background';

export default defineBackground(() => {
  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const answer = handleBackgroundMessage(message, sender, browser.runtime.id, origin);
    if (!answer) return false;
    answer.then(sendResponse);
    return true; // keeps the channel open until the write has committed
  });
});
