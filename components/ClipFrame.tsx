import { useMemo } from 'preact/hooks';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import { isLanguageTag } from '@/utils/extract/language-tag';

interface Props {
  /** The clipping's stored HTML. Sanitized once more here, at render, whatever its origin. */
  html: string;
  /** Accessible name of the frame. */
  title: string;
  lang?: string;
  /** Load the article's images from the outlet's server (off by default: no requests to news sites). */
  showImages: boolean;
}

/**
 * A clipped article, readable, in a sandboxed frame: no `allow-scripts`, no `allow-same-origin`,
 * so even HTML that slipped past the sanitizer can neither run script nor reach the extension's
 * storage. Its own CSP blocks every request except (when asked) images.
 */
export function ClipFrame({ html, title, lang, showImages }: Props) {
  const document = useMemo(() => articleDocument(sanitizeClipHtml(html, window), { lang, showImages }), [html, lang, showImages]);
  return (
    <iframe
      class="clip-frame"
      title={title}
      // Links may open in a new tab (outside the sandbox); nothing else is allowed.
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      referrerpolicy="no-referrer"
      srcDoc={document}
    />
  );
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1d21; --muted: #555b66; --bg: #fff; --link: #0b5cad; --rule: #c9ced6; }
@media (prefers-color-scheme: dark) { :root { --fg: #eceef2; --muted: #aab1bd; --bg: #17191d; --link: #7db3f0; --rule: #454b55; } }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; padding: 16px 20px 32px; max-width: 42em; font: 17px/1.6 Georgia, 'Noto Serif', 'DejaVu Serif', serif; overflow-wrap: break-word; }
h1, h2, h3, h4 { font-family: system-ui, sans-serif; line-height: 1.25; }
a { color: var(--link); }
img { max-width: 100%; height: auto; }
figure { margin: 1.2em 0; }
figcaption { color: var(--muted); font: 14px/1.45 system-ui, sans-serif; margin-top: 4px; }
blockquote { border-left: 3px solid var(--rule); margin-left: 0; padding-left: 1em; }
table { border-collapse: collapse; } td, th { border: 1px solid var(--rule); padding: 4px 8px; }
`;

function articleDocument(body: string, { lang, showImages }: { lang?: string; showImages: boolean }): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src ${showImages ? 'https: http: data:' : 'data:'}`;
  const hideImages = showImages ? '' : 'img { display: none; }';
  const langAttribute = isLanguageTag(lang) ? ` lang="${lang}"` : '';
  return `<!doctype html><html${langAttribute}><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="referrer" content="no-referrer"><style>${STYLE}${hideImages}</style></head><body>${body}</body></html>`;
}
