import type { ExtractedArticle } from '@/utils/extract/types';
import { formatDate, formatNumber, t } from '@/utils/i18n';

interface Props {
  article: Pick<ExtractedArticle, 'title' | 'siteName' | 'authors' | 'agencies' | 'publishedTime' | 'excerpt' | 'captions' | 'wordCount'>;
}

/** What will be saved, as text only (the body itself is never rendered here). */
export function ArticlePreview({ article }: Props) {
  const credits = [...article.authors, ...article.agencies].join(', ');
  return (
    <section class="preview" aria-label={t('previewLabel')}>
      <h1 class="preview-title">{article.title || t('untitled')}</h1>
      <dl class="preview-meta">
        <dt>{t('fieldOutlet')}</dt>
        <dd data-field="outlet">{article.siteName || '—'}</dd>
        <dt>{t('fieldAuthor')}</dt>
        <dd data-field="author">{credits || '—'}</dd>
        <dt>{t('fieldDate')}</dt>
        <dd data-field="date">{formatDate(article.publishedTime) || '—'}</dd>
        <dt>{t('fieldWords')}</dt>
        <dd data-field="words">{formatNumber(article.wordCount)}</dd>
      </dl>
      {article.excerpt && <p class="preview-excerpt">{article.excerpt}</p>}
      {article.captions.length > 0 && (
        <details class="preview-captions">
          <summary>{t('captionsCount', article.captions.length)}</summary>
          <ul>
            {article.captions.map((caption, i) => (
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
