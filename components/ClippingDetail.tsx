import { useEffect, useState } from 'preact/hooks';
import { ClipFrame } from '@/components/ClipFrame';
import { CollectionPicker } from '@/components/CollectionPicker';
import { TagInput, withPending } from '@/components/TagInput';
import type { ClippingEdit } from '@/utils/clippings';
import type { Clipping, Collection } from '@/utils/db';
import { formatDate, formatNumber, t } from '@/utils/i18n';
import { tagKey } from '@/utils/tags';

interface Props {
  clipping: Clipping;
  collections: readonly Collection[];
  /** Tags used in the library, most used first: suggested while typing a tag. */
  knownTags?: readonly string[];
  /** Resolves with the stored clipping; rejects with an error whose message is shown. */
  onSave: (edit: ClippingEdit) => Promise<Clipping>;
  onDelete: () => void;
  onClose: () => void;
}

/** The form's state: every editable field as text, so half-typed values are kept while editing. */
interface Draft {
  tags: string[];
  pendingTag: string;
  collectionId: string;
  note: string;
  title: string;
  kicker: string;
  authors: string;
  agencies: string;
  siteName: string;
  section: string;
  published: string;
  lang: string;
  isPartial: boolean;
}

function draftOf(c: Clipping): Draft {
  return {
    tags: c.tags,
    pendingTag: '',
    collectionId: c.collectionId,
    note: c.note ?? '',
    title: c.title,
    kicker: c.kicker ?? '',
    authors: c.authors.join(', '),
    agencies: (c.agencies ?? []).join(', '),
    siteName: c.siteName ?? '',
    section: c.section ?? '',
    published: c.publishedTime ?? '',
    lang: c.lang ?? '',
    isPartial: c.isPartial,
  };
}

/**
 * One clipping: the article as clipped (sanitized, in a sandboxed frame), its captions with photo
 * credits, its metadata and a link to the original; a form for tags, note, collection and the
 * metadata fields; and Delete (undoable from the notice it leaves).
 */
export function ClippingDetail({ clipping, collections, knownTags = [], onSave, onDelete, onClose }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(clipping));
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const [showImages, setShowImages] = useState(false);
  const [dirty, setDirty] = useState(false);

  // Another clipping opened: a fresh form.
  useEffect(() => {
    setDraft(draftOf(clipping));
    setDirty(false);
    setStatus({ kind: 'idle' });
  }, [clipping.id]);
  // This one changed (saved here, or edited in another tab): show it, unless the reader is typing.
  useEffect(() => {
    if (!dirty) setDraft(draftOf(clipping));
  }, [clipping.updatedAt]);

  const set = (changes: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    setDirty(true);
    if (status.kind !== 'saving') setStatus({ kind: 'idle' });
  };
  const save = async () => {
    setStatus({ kind: 'saving' });
    try {
      const saved = await onSave({
        tags: withPending(draft.tags, draft.pendingTag),
        collectionId: draft.collectionId,
        note: draft.note,
        title: draft.title.trim() || clipping.title,
        kicker: draft.kicker,
        authors: splitList(draft.authors),
        agencies: splitList(draft.agencies),
        siteName: draft.siteName,
        section: draft.section,
        publishedTime: draft.published.trim(),
        lang: draft.lang.trim(),
        isPartial: draft.isPartial,
      });
      setDraft(draftOf(saved));
      setDirty(false);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const publishedInvalid = draft.published.trim() !== '' && Number.isNaN(Date.parse(draft.published));
  const original = safeHref(clipping.url);

  return (
    <article class="detail" aria-labelledby="detail-title">
      <div class="detail-head">
        {clipping.kicker && <p class="detail-kicker">{clipping.kicker}</p>}
        <h2 id="detail-title" tabIndex={-1}>
          {clipping.title || t('untitled')}
        </h2>
        <button type="button" class="detail-close" onClick={onClose}>
          {t('closeDetail')}
        </button>
      </div>
      {clipping.isPartial && <p class="notice-warning">{t('partialExplained')}</p>}
      <dl class="detail-meta">
        <dt>{t('fieldOutlet')}</dt>
        <dd>{clipping.siteName || '—'}</dd>
        <dt>{t('fieldAuthor')}</dt>
        <dd>{[...clipping.authors, ...(clipping.agencies ?? [])].join(', ') || '—'}</dd>
        <dt>{t('dateFieldPublished')}</dt>
        <dd>{formatDate(clipping.publishedTime, { dateStyle: 'medium', timeStyle: 'short' }) || '—'}</dd>
        <dt>{t('dateFieldClipped')}</dt>
        <dd>{formatDate(clipping.clippedAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
        {clipping.section && (
          <>
            <dt>{t('detailSection')}</dt>
            <dd>{clipping.section}</dd>
          </>
        )}
        <dt>{t('fieldWords')}</dt>
        <dd>{formatNumber(clipping.wordCount)}</dd>
        <dt>{t('fieldOriginal')}</dt>
        <dd>
          {original ? (
            <a href={original} target="_blank" rel="noopener noreferrer">
              {t('openOriginal')}
            </a>
          ) : (
            clipping.url
          )}
        </dd>
      </dl>

      <form
        class="detail-form"
        aria-label={t('editClippingLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          if (!publishedInvalid) void save();
        }}
      >
        <div class="field">
          <label for="detail-tags">{t('tagsLabel')}</label>
          <TagInput
            id="detail-tags"
            tags={draft.tags}
            pending={draft.pendingTag}
            suggestions={suggestTags(knownTags, draft.pendingTag)}
            onChange={(tags, pendingTag) => set({ tags, pendingTag })}
          />
        </div>
        <div class="field">
          <label for="detail-collection">{t('collectionLabel')}</label>
          <CollectionPicker id="detail-collection" collections={collections} value={draft.collectionId} onChange={(collectionId) => set({ collectionId })} />
        </div>
        <div class="field">
          <label for="detail-note">{t('detailNote')}</label>
          <textarea id="detail-note" rows={3} value={draft.note} onInput={(e) => set({ note: e.currentTarget.value })} />
        </div>
        <details class="detail-fields">
          <summary>{t('detailEditFields')}</summary>
          <TextField id="detail-title-input" label={t('fieldHeadline')} value={draft.title} onInput={(title) => set({ title })} />
          <TextField id="detail-kicker" label={t('fieldKicker')} value={draft.kicker} onInput={(kicker) => set({ kicker })} />
          <TextField id="detail-authors" label={t('fieldAuthors')} hint={t('commaSeparated')} value={draft.authors} onInput={(authors) => set({ authors })} />
          <TextField id="detail-agencies" label={t('fieldAgencies')} hint={t('commaSeparated')} value={draft.agencies} onInput={(agencies) => set({ agencies })} />
          <TextField id="detail-outlet" label={t('fieldOutlet')} value={draft.siteName} onInput={(siteName) => set({ siteName })} />
          <TextField id="detail-section" label={t('detailSection')} value={draft.section} onInput={(section) => set({ section })} />
          <TextField
            id="detail-published"
            label={t('dateFieldPublished')}
            hint={t('publishedHint')}
            value={draft.published}
            invalid={publishedInvalid ? t('publishedInvalid') : undefined}
            onInput={(published) => set({ published })}
          />
          <TextField id="detail-lang" label={t('fieldLanguage')} hint={t('languageHint')} value={draft.lang} onInput={(lang) => set({ lang })} />
          <div class="field field-check">
            <input id="detail-partial" type="checkbox" checked={draft.isPartial} onChange={(e) => set({ isPartial: e.currentTarget.checked })} />
            <label for="detail-partial">{t('fieldPartial')}</label>
          </div>
        </details>
        <div class="actions">
          <button type="submit" class="primary" disabled={status.kind === 'saving' || publishedInvalid}>
            {status.kind === 'saving' ? t('saving') : t('save')}
          </button>
          <button type="button" class="danger" onClick={onDelete}>
            {t('deleteClipping')}
          </button>
          {status.kind === 'saved' && (
            <span class="status-ok" role="status">
              {t('saved')}
            </span>
          )}
          {status.kind === 'error' && (
            <span class="status-error" role="alert">
              {t('saveFailed', status.message)}
            </span>
          )}
        </div>
      </form>

      <section class="detail-article" aria-label={t('articleLabel')}>
        <div class="field field-check">
          <input id="detail-images" type="checkbox" checked={showImages} onChange={(e) => setShowImages(e.currentTarget.checked)} />
          <label for="detail-images">{t('showImages')}</label>
        </div>
        <ClipFrame html={clipping.contentHtml} title={t('articleFrameTitle', clipping.title)} lang={clipping.lang} showImages={showImages} />
        {clipping.captions.length > 0 && (
          <>
            <h3>{t('captionsHeading')}</h3>
            <ul class="detail-captions">
              {clipping.captions.map((caption, i) => (
                <li key={i}>
                  {caption.text}
                  {caption.credit && <span class="credit"> — {t('photoCredit', caption.credit)}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}

function TextField({ id, label, value, hint, invalid, onInput }: { id: string; label: string; value: string; hint?: string; invalid?: string; onInput: (value: string) => void }) {
  const described = [hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="text" value={value} aria-describedby={described} aria-invalid={invalid ? 'true' : undefined} onInput={(e) => onInput(e.currentTarget.value)} />
      {hint && (
        <small id={`${id}-hint`} class="muted">
          {hint}
        </small>
      )}
      {invalid && (
        <small id={`${id}-error`} class="status-error">
          {invalid}
        </small>
      )}
    </div>
  );
}

/** Up to eight known tags that begin with what is typed (TagInput leaves out those already chosen). */
function suggestTags(known: readonly string[], typed: string): string[] {
  const prefix = tagKey(typed);
  if (!prefix) return [];
  return known.filter((tag) => tagKey(tag).startsWith(prefix)).slice(0, 8);
}

function splitList(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Only web links become clickable; anything else (javascript:, data:) is shown as text. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
