/**
 * File names that are safe on Windows, macOS and Linux and usable as Obsidian note names. Pure.
 * @module utils/export/filename
 */
import type { Clipping } from '@/utils/db';
import { clippingDay } from './dates';
import { outletName } from './outlet';

/** Windows refuses these names, with or without an extension ("con.md", "LPT1.txt"). */
const RESERVED_WINDOWS = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;
/**
 * Controls and the characters Windows forbids (`<>:"/\|?*`), plus `#^[]` which break
 * Obsidian's links to a note.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*#^[\]]+/g;

/** A readable, portable file name stem from free text (umlauts kept, separators and controls dropped). */
export function safeFileStem(text: string, maxLength = 80): string {
  const cleaned = text.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  // Count code points, not UTF-16 units, so an emoji is never cut in half.
  const stem = Array.from(cleaned)
    .slice(0, maxLength)
    .join('')
    .replace(/^[. ]+|[. ]+$/g, ''); // no hidden files; Windows drops trailing dots and spaces
  if (!stem || RESERVED_WINDOWS.test(stem)) return `_${stem}`;
  return stem;
}

/**
 * The stem of a clipping's note: "2026-11-26 Werretal-Bote - Neue Werrebrücke eröffnet".
 * Date first, so a folder of notes sorts by day.
 */
export function clippingFileStem(clipping: Clipping, timeZone: string): string {
  const outlet = outletName(clipping);
  const head = [clippingDay(clipping, timeZone), outlet].filter(Boolean).join(' ');
  return safeFileStem(`${head} - ${clipping.title || clipping.excerpt || clipping.id}`, 110);
}

/**
 * Hands out unique file names within one folder. Names are compared the way case-insensitive
 * file systems (Windows, macOS) compare them, so "Lemgo.md" and "lemgo.md" never meet.
 */
export function createNameAllocator(numbered: (stem: string, n: number) => string = (stem, n) => `${stem} (${n})`): (stem: string, extension: string) => string {
  const taken = new Set<string>();
  return (stem, extension) => {
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? stem : numbered(stem, n)}.${extension}`;
      const key = name.normalize('NFC').toLowerCase();
      if (!taken.has(key)) {
        taken.add(key);
        return name;
      }
    }
  };
}

