import { browser } from 'wxt/browser';
import { answerSanitizeRequest } from '@/utils/background-sanitizer';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';

// The background's DOM in Chrome, where the background is a service worker: opened for a
// background save, answers its sanitize request, and is closed again (utils/background-sanitizer).
const origin = browser.runtime.getURL('/');
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const answer = answerSanitizeRequest(message, sender, browser.runtime.id, origin, (html) => sanitizeClipHtml(html, window));
  if (!answer) return false;
  sendResponse(answer);
  return false;
});
