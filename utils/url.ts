/**
 * URL identity for "already clipped": the same article reached through a newsletter link, a
 * social post or the homepage must map to one key. Pure.
 * @module utils/url
 */

/** Query parameters that track the visit, not identify the page. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref|ref_src|ref_url|cmpid|wt_mc|wt_zmc|xtor|at_medium|at_campaign|at_custom\d|ito|icid|ns_source|ns_campaign|ns_mchannel|share|s_cid)$/i;

/**
 * The identity key of an article: its canonical URL when the page declares one, else its
 * address; without fragment, tracking parameters, default port and trailing slash; scheme and
 * host lower-case, the `www.` prefix dropped.
 */
export function articleKey(url: string, canonicalUrl?: string): string {
  const source = canonicalUrl || url;
  let parsed: URL;
  try {
    parsed = new URL(source);
  } catch {
    return source.trim();
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
  }
  parsed.searchParams.sort();
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  const search = parsed.searchParams.toString();
  return `${host}${parsed.port ? `:${parsed.port}` : ''}${path}${search ? `?${search}` : ''}`;
}
