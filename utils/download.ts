/**
 * The one impure step of every export: hand a file to the browser's download manager from an
 * extension page (no `downloads` permission needed).
 * @module utils/download
 */

export function downloadFile(fileName: string, content: BlobPart, mimeType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once click() returns; free the memory a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
