/**
 * Bytes of a saved page → text, for pages whose HTTP headers are lost: byte-order mark first,
 * then strict UTF-8 (valid UTF-8 is almost never an accident), then the charset a `<meta>`
 * declares, then windows-1252 (what browsers assume for old German pages).
 * @module scripts/lib/decode-html
 */

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * Node decodes the "windows-1252" label as ISO-8859-1, which turns 0x80–0x9F into control
 * characters; browsers map them to € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export interface DecodedPage {
  text: string;
  encoding: string;
}

export function decodeHtml(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to the declared charset
  }
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (declared && !/^(?:utf-?8|windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii)$/.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // an unknown label: windows-1252 below
    }
  }
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return { text, encoding: 'windows-1252' };
}
