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
 * Suggested keys, clear of the browsers' own shortcuts: Chrome's Alt+Shift ones use A, B, I and
 * T; Chrome, Edge and Firefox keep theirs on Ctrl, Ctrl+Shift and Alt. On macOS Option types
 * characters, so Control+Shift there. Users change them at chrome://extensions/shortcuts or in
 * Firefox's add-on manager (see README, "Keyboard").
 */
export const SHORTCUT_KEYS = {
  openPopup: { default: 'Alt+Shift+P', mac: 'MacCtrl+Shift+P' },
  quickSave: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
} as const;
