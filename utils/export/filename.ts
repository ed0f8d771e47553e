/**
 * File names that are safe on Windows, macOS and Linux. Pure.
 * @module utils/export/filename
 */

const RESERVED_WINDOWS = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/** A readable, portable file name stem from free text (umlauts kept, separators and controls dropped). */
export function safeFileStem(text: string, maxLength = 80): string {
  const stem = text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, maxLength)
    .trim();
  if (!stem || RESERVED_WINDOWS.test(stem)) return `_${stem}`;
  return stem;
}
