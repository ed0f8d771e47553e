import { useEffect, useRef, useState } from 'preact/hooks';
import { ClipFrame } from '@/components/ClipFrame';
import { CollectionPicker } from '@/components/CollectionPicker';
import { MetadataEditor } from '@/components/MetadataEditor';
import { TagInput, withPending } from '@/components/TagInput';
import type { ClippingEdit } from '@/utils/clippings';
import { applyFields, fieldsOf, type MetadataFields } from '@/utils/clip-draft';
import type { Clipping, Collection } from '@/utils/db';
import { formatDate, formatNumber, t } from '@/utils/i18n';
import { isLanguageTag } from '@/utils/extract/language-tag';
import { tagKey } from '@/utils/tags';
import { describeError } from '@/utils/user-errors';

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
  /** Headline, kicker, authors, agencies, outlet, section, dateline, date, excerpt: the popup's editor. */
  fields: MetadataFields;
  lang: string;
  isPartial: boolean;
}

function draftOf(c: Clipping): Draft {
  return {
    tags: c.tags,
    pendingTag: '',
    collectionId: c.collectionId,
    note: c.note ?? '',
    fields: fieldsOf(c),
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

  // The form shows the version it was filled from. Effects run after the first paint, when the
  // reader may already be typing, so only a newer version (saved here, or edited in another tab)
  // replaces the form, and only while the reader has not changed anything. Another clipping gets a
  // fresh form because the parent keys this component by the clipping's id.
  const shownVersion = useRef(clipping.updatedAt);
  useEffect(() => {
    if (clipping.updatedAt === shownVersion.current) return;
    shownVersion.current = clipping.updatedAt;
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
      // The popup's rules: empty fields remove a value, an unchanged date keeps its time.
      const edited = applyFields(clipping, draft.fields);
      const saved = await onSave({
        tags: withPending(draft.tags, draft.pendingTag),
        collectionId: draft.collectionId,
        note: draft.note,
        title: edited.title || clipping.title,
        kicker: edited.kicker ?? '',
        authors: edited.authors,
        agencies: edited.agencies,
        siteName: edited.siteName ?? '',
        section: edited.section ?? '',
        dateline: edited.dateline ?? '',
        publishedTime: edited.publishedTime ?? '',
        excerpt: edited.excerpt ?? '',
        lang: draft.lang.trim(),
        isPartial: draft.isPartial,
      });
      setDraft(draftOf(saved));
      setDirty(false);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: describeError(error) });
    }
  };
  const langInvalid = draft.lang.trim() !== '' && !isLanguageTag(draft.lang.trim());
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
        {clipping.dateline && (
          <>
            <dt>{t('fieldDateline')}</dt>
            <dd>{clipping.dateline}</dd>
          </>
        )}
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
          if (!langInvalid) void save();
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
        <MetadataEditor fields={draft.fields} onChange={(fields) => set({ fields })} />
        <div class="field">
          <label for="detail-lang">{t('fieldLanguage')}</label>
          <input
            id="detail-lang"
            type="text"
            value={draft.lang}
            aria-describedby={langInvalid ? 'detail-lang-hint detail-lang-error' : 'detail-lang-hint'}
            aria-invalid={langInvalid ? 'true' : undefined}
            onInput={(e) => set({ lang: e.currentTarget.value })}
          />
          <small id="detail-lang-hint" class="muted">
            {t('languageHint')}
          </small>
          {langInvalid && (
            <small id="detail-lang-error" class="status-error">
              {t('languageInvalid')}
            </small>
          )}
        </div>
        <div class="field field-check">
          <input id="detail-partial" type="checkbox" checked={draft.isPartial} onChange={(e) => set({ isPartial: e.currentTarget.checked })} />
          <label for="detail-partial">{t('fieldPartial')}</label>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={status.kind === 'saving' || langInvalid}>
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
              {t('detailSaveFailed', status.message)}
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

/** Up to eight known tags that begin with what is typed (TagInput leaves out those already chosen). */
function suggestTags(known: readonly string[], typed: string): string[] {
  const prefix = tagKey(typed);
  if (!prefix) return [];
  return known.filter((tag) => tagKey(tag).startsWith(prefix)).slice(0, 8);
}

/** Only web links become clickable; anything else (javascript:, data:) is shown as text. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
