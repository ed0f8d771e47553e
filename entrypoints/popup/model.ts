/**
 * The popup's state and actions as signals (UI state only: clippings and collections stay in
 * the database and arrive through the library). What it talks to is passed in, so the rules
 * here — prefills, default tags, "Saved" only after the commit — are tested without a browser.
 */
import { batch, computed, effect, signal } from '@preact/signals';
import { withPending } from '@/components/TagInput';
import { applyFields, availableKinds, buildDraft, clipContent, fieldsOf, type MetadataFields } from '@/utils/clip-draft';
import { INBOX_ID, type Clipping, type ClippingKind, type Collection } from '@/utils/db';
import type { CreateCollectionResponse, Failure, SaveResponse } from '@/utils/messages';
import type { FormMemory } from '@/utils/session-state';
import { failureMessage } from '@/utils/failure-messages';
import { t } from '@/utils/i18n';
import { normalizeTags, tagKey } from '@/utils/tags';
import { articleKey } from '@/utils/url';
import type { OpenedPage } from './clip-session';

/** Reads from the clipping library (Dexie, in the popup's own origin). */
export interface Library {
  lastCollectionId(): Promise<string>;
  /** Calls `onChange` with every collection now and after every change; returns the unsubscribe. */
  watchCollections(onChange: (collections: Collection[]) => void): () => void;
  findExisting(urlKey: string): Promise<Clipping | undefined>;
  suggestTags(prefix: string, exclude: readonly string[]): Promise<string[]>;
  /** Loads what saving needs (the sanitizer) while the journalist reads the preview. */
  preloadSave(): void;
}

/** Writes, which go through the background, and the popup's unsaved-form memory. */
export interface Backend {
  submit(draft: ReturnType<typeof buildDraft>, existingId?: string): Promise<SaveResponse>;
  createCollection(name: string): Promise<CreateCollectionResponse>;
  remember(form: FormMemory): void;
  forget(): void;
}

export type SaveMode = 'new' | 'update';

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving'; mode: SaveMode }
  | { phase: 'saved'; mode: SaveMode; clipping: Clipping }
  | { phase: 'failed'; failure: Failure };

const NO_FIELDS: MetadataFields = { title: '', kicker: '', authors: '', agencies: '', siteName: '', section: '', dateline: '', date: '', excerpt: '' };

export type ClipForm = ReturnType<typeof createClipForm>;

export function createClipForm(page: OpenedPage, library: Library, backend: Backend) {
  const { source } = page;
  const kinds = availableKinds(source);
  const remembered = page.remembered;
  const firstKind: ClippingKind | null = page.selectionRequested && kinds.includes('selection') ? 'selection' : (kinds[0] ?? null);
  const firstContent = firstKind ? clipContent(source, firstKind) : null;

  // A remembered kind the page no longer allows (the selection is gone) falls back; the rest stays.
  const kind = signal<ClippingKind | null>(remembered && kinds.includes(remembered.kind) ? remembered.kind : firstKind);
  const freshFields = firstContent ? fieldsOf(firstContent) : NO_FIELDS;
  // Over the fresh values: a form remembered by an older version may lack a newer field.
  const fields = signal<MetadataFields>(remembered ? { ...freshFields, ...remembered.fields } : freshFields);
  const tags = signal<string[]>(remembered?.tags ?? []);
  const pendingTag = signal(remembered?.pendingTag ?? '');
  const collectionId = signal(remembered?.collectionId ?? INBOX_ID);
  const note = signal(remembered?.note ?? '');
  const collections = signal<Collection[] | null>(null);
  const existing = signal<Clipping | null>(null);
  const suggestions = signal<string[]>([]);
  const save = signal<SaveState>({ phase: 'idle' });
  /** Once the journalist has typed or chosen anything, late prefills must not overwrite it. */
  let touched = remembered !== null;

  /** What will be saved, corrections applied. */
  const content = computed(() => (kind.value ? applyFields(clipContent(source, kind.value), fields.value) : null));
  const urlKey = firstContent ? articleKey(firstContent.url, firstContent.canonicalUrl) : null;

  const defaultTagsOf = (id: string) => collections.value?.find((c) => c.id === id)?.defaultTags ?? [];
  const knownCollection = (id: string) => collections.value?.some((c) => c.id === id) ?? false;

  /**
   * After the preview is on screen: the last collection, the collections, the clipping of the
   * same article, tag suggestions. Prefills apply only while the form is untouched; a remembered
   * form wins. Returns how to stop the live queries, and when the prefill is done.
   */
  function loadLibrary(): { stop: () => void; prefilled: Promise<void> } {
    library.preloadSave();
    // Tag suggestions follow what is typed and what is chosen.
    const stopSuggestions = effect(() => {
      const prefix = pendingTag.value;
      const exclude = tags.value;
      library.suggestTags(prefix, exclude).then(
        (found) => {
          if (pendingTag.peek() === prefix) suggestions.value = found;
        },
        () => (suggestions.value = []),
      );
    });
    let first = true;
    let resolveFirst: () => void = () => undefined;
    const firstList = new Promise<void>((done) => (resolveFirst = done));
    const stopCollections = library.watchCollections((list) => {
      collections.value = list;
      if (first) resolveFirst();
      first = false;
    });
    const lookups = Promise.all([
      library.lastCollectionId().catch(() => INBOX_ID),
      // Not knowing about an earlier clipping must not keep the journalist from saving.
      urlKey ? library.findExisting(urlKey).catch(() => undefined) : undefined,
      firstList,
    ]);
    const prefilled = lookups.then(([lastId, found]) => prefill(lastId, found));
    return {
      stop: () => {
        stopSuggestions();
        stopCollections();
      },
      prefilled,
    };
  }

  function prefill(lastId: string, found: Clipping | undefined): void {
    batch(() => {
      existing.value = found ?? null;
      if (touched) return;
      if (found) {
        collectionId.value = knownCollection(found.collectionId) ? found.collectionId : INBOX_ID;
        tags.value = found.tags;
        note.value = found.note;
        if (found.kind !== 'link' && kind.value !== 'link') fields.value = fieldsOf(found);
      } else {
        collectionId.value = knownCollection(lastId) ? lastId : INBOX_ID;
        tags.value = normalizeTags([...tags.value, ...defaultTagsOf(collectionId.value)]);
      }
    });
  }

  /** Every change is remembered until the save commits. */
  const stopMemory = effect(() => {
    const form: FormMemory | null = kind.value && {
      url: source.url,
      kind: kind.value,
      fields: fields.value,
      tags: tags.value,
      pendingTag: pendingTag.value,
      collectionId: collectionId.value,
      note: note.value,
    };
    if (form && touched && save.peek().phase !== 'saved') backend.remember(form);
  });

  const edit = (change: () => void) => {
    touched = true;
    batch(change);
  };

  async function submit(mode: SaveMode): Promise<void> {
    const current = content.value;
    const chosenKind = kind.value;
    if (save.value.phase === 'saving' || !current || !chosenKind) return;
    const target = mode === 'update' ? existing.value?.id : undefined;
    if (mode === 'update' && !target) return;
    save.value = { phase: 'saving', mode };
    const draft = buildDraft(current, chosenKind, {
      tags: withPending(tags.value, pendingTag.value),
      // A collection deleted in the library meanwhile: the Inbox always exists.
      collectionId: knownCollection(collectionId.value) ? collectionId.value : INBOX_ID,
      note: note.value,
    });
    const response = await backend.submit(draft, target);
    batch(() => {
      if (response.ok) {
        save.value = { phase: 'saved', mode, clipping: response.clipping };
        tags.value = response.clipping.tags;
        pendingTag.value = '';
      } else {
        save.value = { phase: 'failed', failure: response };
      }
    });
    if (response.ok) backend.forget();
  }

  /** Switching collection swaps the old collection's default tags for the new one's. */
  function chooseCollection(id: string): void {
    edit(() => {
      const oldDefaults = new Set(defaultTagsOf(collectionId.value).map(tagKey));
      tags.value = normalizeTags([...tags.value.filter((tag) => !oldDefaults.has(tagKey(tag))), ...defaultTagsOf(id)]);
      collectionId.value = id;
    });
  }

  /** Creates (or finds) the collection and selects it; resolves with a sentence on failure. */
  async function createCollection(name: string): Promise<string | null> {
    const response = await backend.createCollection(name);
    if (!response.ok) return `${t(failureMessage(response.reason).why)} ${response.message}`.trim();
    const created = response.collection;
    if (!knownCollection(created.id)) collections.value = [...(collections.value ?? []), created];
    chooseCollection(created.id);
    return null;
  }

  return {
    source,
    kinds,
    failure: page.failure,
    kind,
    fields,
    tags,
    pendingTag,
    collectionId,
    note,
    collections,
    existing,
    suggestions,
    save,
    content,
    loadLibrary,
    submit,
    chooseCollection,
    createCollection,
    setKind: (next: ClippingKind) => edit(() => (kind.value = next)),
    setFields: (next: MetadataFields) => edit(() => (fields.value = next)),
    setNote: (next: string) => edit(() => (note.value = next)),
    setTags: (next: string[], pending: string) =>
      edit(() => {
        tags.value = next;
        pendingTag.value = pending;
      }),
    dispose(): void {
      stopMemory();
    },
  };
}
