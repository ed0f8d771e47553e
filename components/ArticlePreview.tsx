import type { ClippingKind } from '@/utils/db';
import type { ExtractedArticle } from '@/utils/extract/types';
import { formatDate, formatNumber, t } from '@/utils/i18n';

interface Props {
  /** What will be saved, with the user's corrections applied. */
  content: ExtractedArticle;
  kind: ClippingKind;
}

/** How much of the body the preview quotes for a selection or a link. */
const QUOTE_LENGTH = 280;

/** What will be saved, as text only (the body itself is never rendered here). */
export function ArticlePreview({ content, kind }: Props) {
  const credits = [...content.authors, ...content.agencies].join(', ');
  const quote = kind === 'article' ? content.excerpt : shorten(content.text, QUOTE_LENGTH);
  return (
    <section class="preview" aria-labelledby="preview-title">
      {content.kicker && <p class="preview-kicker">{content.kicker}</p>}
      <h1 class="preview-title" id="preview-title">
        {content.title || t('untitled')}
      </h1>
      {content.isPartial && (
        <p class="badge badge-warning" data-field="partial">
          {t('partialBadge')}
        </p>
      )}
      <dl class="preview-meta">
        <dt>{t('fieldOutlet')}</dt>
        <dd data-field="outlet">{content.siteName || hostOf(content.url)}</dd>
        <dt>{t('fieldAuthor')}</dt>
        <dd data-field="author">{credits || '—'}</dd>
        <dt>{t('fieldDate')}</dt>
        <dd data-field="date">{formatDate(content.publishedTime) || '—'}</dd>
        {content.dateline && (
          <>
            <dt>{t('fieldDateline')}</dt>
            <dd data-field="dateline">{content.dateline}</dd>
          </>
        )}
        {content.section && (
          <>
            <dt>{t('fieldSection')}</dt>
            <dd data-field="section">{content.section}</dd>
          </>
        )}
        <dt>{t('fieldWords')}</dt>
        <dd data-field="words">{formatNumber(content.wordCount)}</dd>
      </dl>
      {quote && (
        <p class={kind === 'article' ? 'preview-excerpt' : 'preview-quote'} data-field="quote">
          {quote}
        </p>
      )}
      {content.captions.length > 0 && (
        <details class="preview-captions">
          <summary>{t('captionsCount', content.captions.length)}</summary>
          <ul>
            {content.captions.map((caption, i) => (
              <li key={i}>
                {caption.text}
                {caption.credit && <span class="credit"> — {t('photoCredit', caption.credit)}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length).replace(/\s+\S*$/, '')} …`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || '—';
  } catch {
    return '—';
  }
}
