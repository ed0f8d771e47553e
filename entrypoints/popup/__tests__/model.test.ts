import { describe, expect, it, vi } from 'vitest';
import type { ClipSource } from '@/utils/clip-draft';
import type { Clipping, ClippingDraft, Collection } from '@/utils/db';
import type { SaveResponse } from '@/utils/messages';
import type { FormMemory } from '@/utils/session-state';
import { makeDraft } from '@/tests/support/clippings';
import type { OpenedPage } from '../clip-session';
import { createClipForm, type Backend, type Library } from '../model';

const { kind: _k, tags: _t, collectionId: _c, note: _n, ...article } = makeDraft({ url: 'https://www.werretal-bote.example/lokales/werrebruecke/' });
const INBOX: Collection = { id: 'inbox', name: 'Inbox', description: '', defaultTags: [], createdAt: 0 };
const COUNCIL: Collection = { id: 'rat', name: 'Stadtrat', description: '', defaultTags: ['Stadtrat', 'Lemgo'], createdAt: 0 };
const PRESS: Collection = { id: 'presse', name: 'Pressestelle', description: '', defaultTags: ['Pressemitteilung'], createdAt: 0 };

function opened(over: Partial<OpenedPage> = {}, source: Partial<ClipSource> = {}): OpenedPage {
  return {
    tabId: 3,
    source: { url: article.url, title: 'Werrebrücke', article, selection: null, ...source },
    failure: null,
    selectionRequested: false,
    remembered: null,
    ...over,
  };
}

function fieldsOfArticle() {
  return { title: article.title, kicker: '', authors: 'Jana Köster', agencies: '', siteName: 'Werretal-Bote', section: 'Lokales', dateline: '', date: '2026-11-26', excerpt: '' };
}

function fakeLibrary(over: Partial<Library> = {}): Library {
  return {
    lastCollectionId: () => Promise.resolve('rat'),
    watchCollections: (onChange) => {
      onChange([INBOX, COUNCIL, PRESS]);
      return () => undefined;
    },
    findExisting: () => Promise.resolve(undefined),
    suggestTags: () => Promise.resolve([]),
    preloadSave: () => undefined,
    ...over,
  };
}

function fakeBackend(over: Partial<Backend> = {}) {
  const submitted: { draft: ClippingDraft; existingId?: string }[] = [];
  const backend: Backend & { submitted: typeof submitted } = {
    submitted,
    submit: (draft, existingId) => {
      submitted.push({ draft, existingId });
      return Promise.resolve({ ok: true, clipping: stored(draft) });
    },
    createCollection: (name) => Promise.resolve({ ok: true, collection: { ...INBOX, id: 'neu', name }, created: true }),
    remember: vi.fn(),
    forget: vi.fn(),
    ...over,
  };
  return backend;
}

function stored(draft: ClippingDraft, over: Partial<Clipping> = {}): Clipping {
  return { ...draft, id: 'c1', urlKey: 'werretal-bote.example/lokales/werrebruecke', clippedAt: 1_000, updatedAt: 1_000, ...over };
}

describe('the popup form', () => {
  it('should preselect the last collection with its default tags, and save the article with them', async () => {
    const backend = fakeBackend();
    const form = createClipForm(opened(), fakeLibrary(), backend);

    await form.loadLibrary().prefilled;
    await form.submit('new');

    expect(form.kind.value).toBe('article');
    expect(backend.submitted).toEqual([{ draft: { ...article, kind: 'article', tags: ['Stadtrat', 'Lemgo'], collectionId: 'rat', note: '' }, existingId: undefined }]);
    expect(form.save.value.phase).toBe('saved');
    expect(backend.forget).toHaveBeenCalledOnce();
  });

  it('should say "saved" only once the background answers', async () => {
    let answer: (response: SaveResponse) => void = () => undefined;
    const backend = fakeBackend({ submit: () => new Promise((done) => (answer = done)) });
    const form = createClipForm(opened(), fakeLibrary(), backend);
    await form.loadLibrary().prefilled;

    const saving = form.submit('new');

    expect(form.save.value).toEqual({ phase: 'saving', mode: 'new' });
    answer({ ok: false, reason: 'quota', message: 'QuotaExceededError' });
    await saving;
    expect(form.save.value).toEqual({ phase: 'failed', failure: { ok: false, reason: 'quota', message: 'QuotaExceededError' } });
    expect(backend.forget).not.toHaveBeenCalled();
  });

  it('should include a tag that is typed but not yet a chip', async () => {
    const backend = fakeBackend();
    const form = createClipForm(opened(), fakeLibrary({ lastCollectionId: () => Promise.resolve('inbox') }), backend);
    await form.loadLibrary().prefilled;

    form.setTags(['Werretal'], ' Radverkehr, werretal ');
    await form.submit('new');

    expect(backend.submitted[0]?.draft.tags).toEqual(['Werretal', 'Radverkehr']);
  });

  it('should swap default tags when the collection changes, keeping the tags typed', async () => {
    const form = createClipForm(opened(), fakeLibrary(), fakeBackend());
    await form.loadLibrary().prefilled;

    form.setTags([...form.tags.value, 'Haushalt'], '');
    form.chooseCollection('presse');

    expect(form.tags.value).toEqual(['Haushalt', 'Pressemitteilung']);
  });

  it('should open an article clipped before with its tags, note, collection and corrected author, and update it', async () => {
    const earlier = stored(makeDraft({ url: article.url, tags: ['Brücke'], note: 'Zitat prüfen', collectionId: 'presse', authors: ['Jana Köster', 'Ole Brandt'] }), { id: 'earlier' });
    const backend = fakeBackend();
    const form = createClipForm(opened(), fakeLibrary({ findExisting: (key) => Promise.resolve(key === earlier.urlKey ? earlier : undefined) }), backend);

    await form.loadLibrary().prefilled;
    await form.submit('update');

    expect(form.existing.value?.id).toBe('earlier');
    expect(backend.submitted[0]).toMatchObject({ existingId: 'earlier', draft: { tags: ['Brücke'], note: 'Zitat prüfen', collectionId: 'presse', authors: ['Jana Köster', 'Ole Brandt'] } });
    expect(form.save.value).toMatchObject({ phase: 'saved', mode: 'update' });
  });

  it('should not overwrite what the journalist typed before the library answered', async () => {
    const form = createClipForm(opened(), fakeLibrary(), fakeBackend());
    const loading = form.loadLibrary();

    form.setNote('Schon notiert');
    form.setTags(['Eigenes'], '');
    await loading.prefilled;

    expect(form.note.value).toBe('Schon notiert');
    expect(form.tags.value).toEqual(['Eigenes']);
    expect(form.collectionId.value).toBe('inbox');
  });

  it('should restore the form remembered for this page, and remember every change', async () => {
    const remembered: FormMemory = {
      url: article.url,
      kind: 'article',
      fields: { title: 'Korrigiert', kicker: '', authors: 'Jana Köster', agencies: 'dpa', siteName: 'Werretal-Bote', section: '', dateline: 'Lemgo', date: '2026-11-27', excerpt: '' },
      tags: ['Entwurf'],
      pendingTag: 'halb',
      collectionId: 'presse',
      note: 'unfertig',
    };
    const backend = fakeBackend();
    const form = createClipForm(opened({ remembered }), fakeLibrary(), backend);
    await form.loadLibrary().prefilled;

    expect([form.content.value?.title, form.content.value?.agencies, form.tags.value, form.pendingTag.value, form.collectionId.value, form.note.value]).toEqual([
      'Korrigiert',
      ['dpa'],
      ['Entwurf'],
      'halb',
      'presse',
      'unfertig',
    ]);
    form.setNote('fertig');
    expect(backend.remember).toHaveBeenLastCalledWith({ ...remembered, note: 'fertig' });
  });

  it('should keep the article’s dateline in a form remembered before the field existed, and let it be corrected', () => {
    const { dateline: _none, ...olderFields } = { ...fieldsOfArticle(), title: 'Korrigiert' };
    const remembered = { url: article.url, kind: 'article', fields: olderFields, tags: [], pendingTag: '', collectionId: 'inbox', note: '' } as unknown as FormMemory;

    const form = createClipForm(opened({ remembered }, { article: { ...article, dateline: 'Lemgo' } }), fakeLibrary(), fakeBackend());

    expect([form.content.value?.title, form.content.value?.dateline]).toEqual(['Korrigiert', 'Lemgo']);
    form.setFields({ ...form.fields.value, dateline: '  Bad  Salzuflen ' });
    expect(form.content.value?.dateline).toBe('Bad Salzuflen');
    form.setFields({ ...form.fields.value, dateline: ' ' });
    expect(form.content.value).not.toHaveProperty('dateline');
  });

  it('should keep a remembered form whose selection is gone, as a clip of the article', () => {
    const remembered: FormMemory = { url: article.url, kind: 'selection', fields: fieldsOfArticle(), tags: ['Entwurf'], pendingTag: '', collectionId: 'inbox', note: 'unfertig' };

    const form = createClipForm(opened({ remembered }), fakeLibrary(), fakeBackend());

    expect([form.kind.value, form.tags.value, form.note.value]).toEqual(['article', ['Entwurf'], 'unfertig']);
  });

  it('should start with the selection when the context menu asked for it', () => {
    const selection = { html: '<p>Die Brücke ist offen.</p>', text: 'Die Brücke ist offen.', wordCount: 4 };

    const form = createClipForm(opened({ selectionRequested: true }, { selection }), fakeLibrary(), fakeBackend());

    expect(form.kinds).toEqual(['article', 'selection', 'link']);
    expect(form.kind.value).toBe('selection');
    expect(form.content.value).toMatchObject({ text: selection.text, title: article.title });
  });

  it('should offer a link, titled after the page, where no article was found', async () => {
    const backend = fakeBackend();
    const form = createClipForm(opened({ failure: 'not-an-article' }, { article: null, title: 'Übersicht Lokales' }), fakeLibrary(), backend);
    await form.loadLibrary().prefilled;

    await form.submit('new');

    expect(form.kind.value).toBe('link');
    expect(backend.submitted[0]?.draft).toMatchObject({ kind: 'link', title: 'Übersicht Lokales', url: article.url, contentHtml: '' });
  });

  it('should save into the Inbox when the chosen collection was deleted meanwhile', async () => {
    const backend = fakeBackend();
    const form = createClipForm(opened(), fakeLibrary({ lastCollectionId: () => Promise.resolve('deleted') }), backend);
    await form.loadLibrary().prefilled;

    await form.submit('new');

    expect(backend.submitted[0]?.draft.collectionId).toBe('inbox');
  });

  it('should select a collection created inline, or explain why it was not', async () => {
    const form = createClipForm(opened(), fakeLibrary(), fakeBackend());
    await form.loadLibrary().prefilled;

    expect(await form.createCollection('Bauprojekte')).toBeNull();
    expect(form.collectionId.value).toBe('neu');
    expect(form.collections.value?.map((c) => c.name)).toContain('Bauprojekte');

    const failing = createClipForm(opened(), fakeLibrary(), fakeBackend({ createCollection: () => Promise.resolve({ ok: false, reason: 'quota', message: '' }) }));
    expect(await failing.createCollection('Bauprojekte')).toBe('Not saved: the disk is full.');
  });
});
