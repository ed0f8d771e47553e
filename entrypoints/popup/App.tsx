import { useEffect, useState } from 'preact/hooks';
import { ArticlePreview } from '@/components/ArticlePreview';
import { CollectionPicker } from '@/components/CollectionPicker';
import { FailureNotice } from '@/components/FailureNotice';
import { TagInput, withPending } from '@/components/TagInput';
import { useLiveQuery } from '@/components/useLiveQuery';
import { listCollections } from '@/utils/clippings';
import { INBOX_ID } from '@/utils/db';
import type { ExtractResponse, SaveResponse } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { lastCollectionId } from '@/utils/settings';
import { buildDraft, extractFromActiveTab, saveDraft } from './clip-session';

type SaveState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'done'; response: SaveResponse };

export function App() {
  const [extraction, setExtraction] = useState<ExtractResponse | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [pendingTag, setPendingTag] = useState('');
  const [collectionId, setCollectionId] = useState(INBOX_ID);
  const [save, setSave] = useState<SaveState>({ phase: 'idle' });
  const collections = useLiveQuery(() => listCollections(), []);

  useEffect(() => {
    extractFromActiveTab().then(setExtraction, () => setExtraction({ ok: false, reason: 'browser-page' }));
    lastCollectionId.getValue().then(setCollectionId);
  }, []);

  if (extraction === null) return <p class="status" role="status">{t('extracting')}</p>;
  if (!extraction.ok) return <FailureNotice reason={extraction.reason} />;

  const article = extraction.article;
  const knownCollection = collections.status === 'ready' && collections.value.some((c) => c.id === collectionId);
  const onSave = async () => {
    if (save.phase === 'saving') return;
    setSave({ phase: 'saving' });
    const chosen = knownCollection ? collectionId : INBOX_ID;
    const response = await saveDraft(buildDraft(article, { tags: withPending(tags, pendingTag), collectionId: chosen, note: '' }));
    if (response.ok) await lastCollectionId.setValue(chosen);
    setSave({ phase: 'done', response });
  };

  return (
    <form
      class="popup"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void onSave();
        }
      }}
    >
      <ArticlePreview article={article} />
      <div class="field">
        <label for="tags">{t('tagsLabel')}</label>
        <TagInput
          id="tags"
          tags={tags}
          pending={pendingTag}
          onChange={(next, pending) => {
            setTags(next);
            setPendingTag(pending);
          }}
        />
      </div>
      <div class="field">
        <label for="collection">{t('collectionLabel')}</label>
        {collections.status === 'ready' && (
          <CollectionPicker id="collection" collections={collections.value} value={knownCollection ? collectionId : INBOX_ID} onChange={setCollectionId} />
        )}
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={save.phase === 'saving' || (save.phase === 'done' && save.response.ok)}>
          {save.phase === 'saving' ? t('saving') : t('save')}
        </button>
        <SaveStatus save={save} />
      </div>
    </form>
  );
}

function SaveStatus({ save }: { save: SaveState }) {
  if (save.phase !== 'done') return null;
  if (save.response.ok) {
    return (
      <p class="status status-ok" role="status">
        {t('saved')}
      </p>
    );
  }
  const reason = save.response.reason;
  return (
    <p class="status status-error" role="alert">
      {reason === 'quota' ? t('saveFailedQuota') : reason === 'storage-unavailable' ? t('saveFailedStorage') : t('saveFailed', save.response.message)}
    </p>
  );
}
