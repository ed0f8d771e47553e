/**
 * Names shared by the manifest (wxt.config.ts) and the background: keyboard commands and
 * context-menu entries. Pure constants.
 * @module utils/shortcuts
 */

/** Saves the current page with the last used collection and tags, confirmed by the badge. */
export const QUICK_SAVE_COMMAND = 'quick-save';

/** "Clip selection to Pressclip" in the page's context menu (shown for selected text only). */
export const CLIP_SELECTION_MENU = 'clip-selection';

/**
 * Suggested keys. Alt+Shift+letter is unused by Chrome, Edge and Firefox on Windows and Linux
 * (Ctrl+Shift+letter is full of browser defaults); on macOS Control+Shift+letter is free.
 * Users change them at chrome://extensions/shortcuts or about:addons.
 */
export const SHORTCUT_KEYS = {
  openPopup: { default: 'Alt+Shift+P', mac: 'MacCtrl+Shift+P' },
  quickSave: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
} as const;
