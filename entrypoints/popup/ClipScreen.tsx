import { useEffect, useMemo } from 'preact/hooks';
import { AlreadyClippedNotice } from '@/components/AlreadyClippedNotice';
import { ArticlePreview } from '@/components/ArticlePreview';
import { ClipKindSwitch } from '@/components/ClipKindSwitch';
import { CollectionChooser } from '@/components/CollectionChooser';
import { FailureNotice } from '@/components/FailureNotice';
import { MetadataEditor } from '@/components/MetadataEditor';
import { TagInput } from '@/components/TagInput';
import { t } from '@/utils/i18n';
import { openLibrary, type OpenedPage } from './clip-session';
import { createBackend, library } from './library';
import { createClipForm, type ClipForm, type SaveState } from './model';

/** The user-timing mark the popup benchmark reads (scripts/bench/popup.ts). */
export const PREVIEW_MARK = 'pressclip:preview';

const LINK_FIELDS = ['title', 'siteName', 'authors', 'date'] as const;

/**
 * The popup once the page is read: preview, metadata, tags, collection, note, save. Loaded
 * while the page is being read (see main.tsx), with the database code it needs.
 */
export function ClipScreen({ page }: { page: OpenedPage }) {
  const form = useMemo(() => createClipForm(page, library, createBackend(page.tabId)), [page]);
  useEffect(() => {
    performance.mark(PREVIEW_MARK);
    const { stop } = form.loadLibrary();
    return () => {
      stop();
      form.dispose();
    };
  }, [form]);

  const kind = form.kind.value;
  const content = form.content.value;
  if (!kind || !content) return <FailureNotice reason={form.failure ?? 'no-page'} />;

  const existing = form.existing.value;
  const collections = form.collections.value;
  const save = form.save.value;
  const saved = save.phase === 'saved';
  const busy = save.phase === 'saving';
  const primaryLabel = existing ? t('update') : kind === 'link' ? t('saveAsLink') : t('save');
  // "Link only" is the way out where no article was found; on an article it would only be clutter.
  const offered = form.kinds.filter((k) => k !== 'link' || !form.source.article);

  return (
    <form
      class="popup"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(existing ? 'update' : 'new');
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void form.submit(existing ? 'update' : 'new');
        }
      }}
    >
      {form.failure && <FailureNotice reason={form.failure} />}
      {form.failure && form.kinds.includes('link') && <p class="hint">{t('saveAsLinkOffer')}</p>}
      {existing && !saved && <AlreadyClippedNotice collectionName={collectionName(form, existing.collectionId)} clippedAt={existing.clippedAt} />}
      {offered.length > 1 && (
        <ClipKindSwitch kinds={offered} value={kind} onChange={form.setKind} selectionWords={form.source.selection?.wordCount ?? 0} />
      )}
      <ArticlePreview content={content} kind={kind} />
      {form.source.article ? (
        <MetadataEditor fields={form.fields.value} onChange={form.setFields} />
      ) : (
        // Without an article only the page title is known: ask for what a coverage report needs.
        <MetadataEditor fields={form.fields.value} onChange={form.setFields} open only={LINK_FIELDS} />
      )}
      <div class="field">
        <label for="tags">{t('tagsLabel')}</label>
        <TagInput id="tags" tags={form.tags.value} pending={form.pendingTag.value} suggestions={form.suggestions.value} onChange={form.setTags} autoFocus />
      </div>
      {collections && (
        <CollectionChooser
          id="collection"
          collections={collections}
          value={form.collectionId.value}
          onChange={form.chooseCollection}
          onCreate={form.createCollection}
        />
      )}
      <div class="field">
        <label for="note">{t('noteLabel')}</label>
        <textarea id="note" rows={2} value={form.note.value} placeholder={t('notePlaceholder')} onInput={(e) => form.setNote(e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || saved}>
          {busy ? t('saving') : primaryLabel}
        </button>
        {existing && !saved && (
          <button type="button" disabled={busy} onClick={() => void form.submit('new')}>
            {t('saveAsNew')}
          </button>
        )}
        <p class="hint shortcut-hint">{t('saveShortcutHint')}</p>
      </div>
      <SaveStatus save={save} />
    </form>
  );
}

function collectionName(form: ClipForm, id: string): string {
  return form.collections.value?.find((c) => c.id === id)?.name ?? '…';
}

function SaveStatus({ save }: { save: SaveState }) {
  if (save.phase === 'saved') {
    return (
      <div class="save-status">
        <p class="status status-ok" role="status">
          {save.mode === 'update' ? t('updated') : t('saved')}
        </p>
        <button type="button" class="link-button" onClick={() => void openLibrary()}>
          {t('openLibrary')}
        </button>
      </div>
    );
  }
  if (save.phase === 'failed') {
    return (
      <div class="save-status">
        <FailureNotice reason={save.failure.reason} />
        {save.failure.reason === 'failed' && <p class="hint">{save.failure.message}</p>}
      </div>
    );
  }
  return null;
}
