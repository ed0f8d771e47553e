import { describe, expect, it } from 'vitest';
import { applyFields, availableKinds, buildDraft, clipContent, fieldsOf, parseNames, withDate, type ClipSource } from '@/utils/clip-draft';
import type { ExtractedArticle } from '@/utils/extract/types';
import { makeDraft } from '@/tests/support/clippings';

const { kind: _kind, tags: _tags, collectionId: _collectionId, note: _note, ...draftArticle } = makeDraft({
  kicker: 'Altenbruch',
  captions: [
    { text: 'Die neue Brücke über die Werre', credit: 'Stadt Altenbruch' },
    { text: 'Der alte Steg im Jahr 1998', credit: 'Archiv' },
  ],
});
const article: ExtractedArticle = draftArticle;
const selection = { html: '<p>Die neue Brücke über die Werre ist offen.</p>', text: 'Die neue Brücke über die Werre ist offen.', wordCount: 8 };
const page = (over: Partial<ClipSource> = {}): ClipSource => ({ url: article.url, title: 'Neue Werrebrücke – Werretal-Bote', article, selection: null, ...over });

describe('availableKinds', () => {
  it.each([
    ['an article page', page(), ['article', 'link']],
    ['an article page with a selection', page({ selection }), ['article', 'selection', 'link']],
    ['a page without article, with a selection', page({ article: null, selection }), ['selection', 'link']],
    ['a browser page', page({ article: null, url: 'chrome://settings/' }), []],
    ['a local PDF', page({ article: null, url: 'file:///home/jana/Pressemitteilung.pdf' }), ['link']],
  ])('should offer the right kinds for %s', (_name, source, expected) => {
    expect(availableKinds(source)).toEqual(expected);
  });
});

describe('clipContent', () => {
  it('should clip the selection with the article metadata and only the captions inside it', () => {
    const actual = clipContent(page({ selection }), 'selection');

    expect(actual).toMatchObject({ title: article.title, authors: ['Jana Köster'], kicker: 'Altenbruch', contentHtml: selection.html, text: selection.text, wordCount: 8 });
    expect(actual.captions).toEqual([{ text: 'Die neue Brücke über die Werre', credit: 'Stadt Altenbruch' }]);
  });

  it('should keep a link with the page title and the selected text where no article was found', () => {
    const actual = clipContent(page({ article: null, selection, url: 'https://www.werretal-bote.example/uebersicht/' }), 'link');

    expect(actual).toEqual({
      url: 'https://www.werretal-bote.example/uebersicht/',
      title: 'Neue Werrebrücke – Werretal-Bote',
      authors: [],
      agencies: [],
      isPartial: false,
      contentHtml: selection.html,
      text: selection.text,
      wordCount: 8,
      captions: [],
    });
  });

  it('should keep the article metadata but not the body in a link to an article', () => {
    const actual = clipContent(page(), 'link');

    expect(actual).toEqual({ ...article, contentHtml: '', text: '', wordCount: 0, captions: [] });
  });

  it('should refuse a kind the page does not allow, naming the options', () => {
    expect(() => clipContent(page({ article: null }), 'article')).toThrow('Cannot clip "article" here. Options: link');
  });
});

describe('the metadata form', () => {
  it('should round-trip unchanged fields without changing the article', () => {
    expect(applyFields(article, fieldsOf(article))).toEqual(article);
  });

  it('should apply a corrected author and date and drop emptied fields', () => {
    const fields = { ...fieldsOf(article), authors: 'Jana Köster,  Ole Brandt ', agencies: 'dpa', date: '2026-11-27', kicker: '  ', title: ' Neue  Werrebrücke ' };

    const actual = applyFields(article, fields);

    expect(actual).toMatchObject({ title: 'Neue Werrebrücke', authors: ['Jana Köster', 'Ole Brandt'], agencies: ['dpa'], publishedTime: '2026-11-27T14:30:00+01:00' });
    expect('kicker' in actual).toBe(false);
  });

  it.each([
    ['2026-11-26T14:30:00+01:00', '2026-11-27', '2026-11-27T14:30:00+01:00'],
    ['2026-11-26', '2026-11-20', '2026-11-20'],
    [undefined, '2026-11-20', '2026-11-20'],
    ['2026-11-26T14:30:00+01:00', '', undefined],
  ])('should move %s to the date %s', (iso, date, expected) => {
    expect(withDate(iso, date)).toBe(expected);
  });

  it('should split names on commas and semicolons and drop duplicates', () => {
    expect(parseNames('Jana Köster; Ole Brandt,, Jana Köster')).toEqual(['Jana Köster', 'Ole Brandt']);
  });
});

describe('buildDraft', () => {
  it('should add the choices with normalised tags and a trimmed note', () => {
    const actual = buildDraft(article, 'article', { tags: [' Werretal', 'werretal', 'Radverkehr'], collectionId: 'c1', note: ' prüfen \n' });

    expect(actual).toEqual({ ...article, kind: 'article', tags: ['Werretal', 'Radverkehr'], collectionId: 'c1', note: 'prüfen' });
  });
});
