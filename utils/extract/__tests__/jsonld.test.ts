import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../jsonld';

function withScripts(...scripts: string[]): Document {
  const html = scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('');
  return new JSDOM(`<!doctype html><html><head>${html}</head><body></body></html>`).window.document;
}

describe('readJsonLd', () => {
  it('should find the article in an @graph and resolve @id references', () => {
    const doc = withScripts(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': '#page', datePublished: '2026-01-01' },
          { '@type': 'NewsArticle', headline: 'Titel', author: { '@id': '#anna' } },
          { '@type': 'Person', '@id': '#anna', name: 'Anna Beispiel' },
        ],
      }),
    );

    const ld = readJsonLd(doc);

    expect(ld.article?.headline).toBe('Titel');
    expect(ld.resolve(ld.article?.author)).toMatchObject({ name: 'Anna Beispiel' });
    expect(ld.page?.datePublished).toBe('2026-01-01');
  });

  it('should read a node typed with "type" where "@type" is missing', () => {
    const doc = withScripts(JSON.stringify({ '@context': 'http://schema.org', type: 'Article', headline: 'Ohne At', datePublished: '2026-02-03' }));

    expect(readJsonLd(doc).article).toMatchObject({ headline: 'Ohne At', datePublished: '2026-02-03' });
  });

  it('should skip a broken script and read the others', () => {
    const doc = withScripts('{ "broken": ', JSON.stringify({ '@type': 'Article', headline: 'Noch da' }));

    expect(readJsonLd(doc).article?.headline).toBe('Noch da');
  });

  it('should read JSON with raw line breaks inside strings and an HTML comment around it', () => {
    const doc = withScripts('<!--{"@type":"BlogPosting","headline":"Zwei\nZeilen"}-->');

    expect(readJsonLd(doc).article?.headline).toBe('Zwei Zeilen');
  });

  it('should prefer the richest of several article nodes', () => {
    const doc = withScripts(
      JSON.stringify([
        { '@type': 'Article', headline: 'Stub' },
        { '@type': ['NewsArticle'], headline: 'Voll', author: 'X', datePublished: '2026-01-01', publisher: { name: 'Y' } },
      ]),
    );

    expect(readJsonLd(doc).article?.headline).toBe('Voll');
  });

  it('should read a how-to or recipe as the article when no article node exists', () => {
    const doc = withScripts(
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Stadtbote' }),
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'HowTo', name: 'Nistkasten bauen', datePublished: '2026-04-02T10:00:00Z' }),
    );

    expect(readJsonLd(doc).article?.name).toBe('Nistkasten bauen');
  });

  it('should prefer an article node to a recipe on the same page', () => {
    const doc = withScripts(
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'Recipe', name: 'Apfelkuchen' }),
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Backwettbewerb im Rathaus' }),
    );

    expect(readJsonLd(doc).article?.headline).toBe('Backwettbewerb im Rathaus');
  });

  it('should find an article that is the mainEntity of a WebPage', () => {
    const doc = withScripts(JSON.stringify({ '@type': 'WebPage', mainEntity: { '@type': 'ReportageNewsArticle', headline: 'Reportage' } }));

    expect(readJsonLd(doc).article?.headline).toBe('Reportage');
  });
});
