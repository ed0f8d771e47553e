import type { Clipping } from '@/utils/db';
import { formatDate, t } from '@/utils/i18n';

interface Props {
  clippings: readonly Clipping[];
}

/** Clippings as a list: headline (linked to the original), outlet, date and tags. */
export function ClippingList({ clippings }: Props) {
  return (
    <ol class="clippings">
      {clippings.map((c) => (
        <li key={c.id} class="clip" data-id={c.id}>
          <a class="clip-title" href={safeHref(c.url)} target="_blank" rel="noopener noreferrer">
            {c.title || t('untitled')}
          </a>
          <div class="clip-meta">
            <span class="clip-outlet">{c.siteName || hostOf(c.url)}</span>
            {c.publishedTime && <time dateTime={c.publishedTime}>{formatDate(c.publishedTime)}</time>}
            {c.authors.length > 0 && <span class="clip-authors">{c.authors.join(', ')}</span>}
          </div>
          {c.tags.length > 0 && (
            <ul class="clip-tags" aria-label={t('tagsLabel')}>
              {c.tags.map((tag) => (
                <li key={tag} class="chip">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Only web links become clickable; anything else (javascript:, data:) is left inert. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
