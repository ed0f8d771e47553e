/**
 * The name an export shows for a clipping's source. Pure.
 * @module utils/export/outlet
 */
import type { Clipping } from '@/utils/db';

/** The outlet's name, else the site's host ("lz.de"), else the address as it is. */
export function outletName(clipping: Pick<Clipping, 'siteName' | 'url'>): string {
  if (clipping.siteName) return clipping.siteName;
  try {
    return new URL(clipping.url).hostname.replace(/^www\./, '') || clipping.url;
  } catch {
    return clipping.url;
  }
}
