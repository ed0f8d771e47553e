/**
 * The one impure step of every export: hand a finished file to the browser, from an extension
 * page — as a download (an `<a download>` click; no `downloads` permission needed), or opened
 * in a new tab (the printable press review).
 * @module utils/download
 */
import { browser } from 'wxt/browser';

/** Saves `content` under `fileName` in the user's downloads (or asks where, per browser setting). */
export function downloadFile(fileName: string, content: BlobPart | Blob, mimeType: string, doc: Document = document): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; free the memory a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Opens an HTML document in a new tab of the extension's origin. The object URL stays valid
 * while the page that opened it is open, so the new tab can be reloaded and printed.
 * Resolves false when the browser refuses (then offer a download instead).
 */
export async function openInNewTab(content: Blob): Promise<boolean> {
  const url = URL.createObjectURL(content);
  try {
    await browser.tabs.create({ url });
    return true;
  } catch {
    URL.revokeObjectURL(url);
    return false;
  }
}
