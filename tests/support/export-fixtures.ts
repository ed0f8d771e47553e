/**
 * Clippings for the exporter and import tests: an ordinary German article, and hostile ones
 * whose every text field tries to break out of YAML, Markdown, CSV or HTML.
 */
import type { Clipping, Collection } from '@/utils/db';
import type { ExportLabels } from '@/utils/export/labels';
import { exportLabels } from '@/entrypoints/options/views/export-labels';
import { makeDraft } from './clippings';
import { translator } from './i18n';

/** The document words of `lang`, from the real message catalogue. */
export function labelsFor(lang: 'en' | 'de'): ExportLabels {
  return exportLabels(translator(lang), lang);
}

export const PRESS_COLLECTION: Collection = { id: 'c-presse', name: 'Presse Stadtwerke', description: 'Berichte über die Stadtwerke', defaultTags: ['Stadtwerke'], createdAt: Date.UTC(2026, 9, 1) };
export const INBOX: Collection = { id: 'inbox', name: 'Inbox', description: '', defaultTags: [], createdAt: Date.UTC(2026, 8, 1) };

export function makeClipping(overrides: Partial<Clipping> = {}): Clipping {
  return {
    ...makeDraft(),
    id: '00000000-0000-4000-8000-000000000001',
    urlKey: 'werretal-bote.example/lokales/werrebruecke',
    clippedAt: Date.UTC(2026, 10, 27, 9, 15),
    updatedAt: Date.UTC(2026, 10, 27, 9, 15),
    tags: ['Brücke', 'Radverkehr'],
    contentHtml: [
      '<figure><img src="https://www.werretal-bote.example/images/bruecke.jpg" alt="Die Brücke">',
      '<figcaption>Die neue Brücke am Abend. (Foto: Stadt Altenbruch)</figcaption></figure>',
      '<p>Nach zwei Jahren Bauzeit ist die <a href="https://www.altenbruch.example/">neue Brücke</a> freigegeben.</p>',
      '<h2>Kosten</h2><ul><li>2,1 Mio. geplant</li><li>2,6 Mio. tatsächlich</li></ul>',
      '<blockquote><p>Die Brücke ist gelungen.</p></blockquote>',
      '<p><a href="javascript:alert(1)">Gefährlicher Link</a></p>',
    ].join(''),
    ...overrides,
  };
}

/** Three clippings covering the awkward cases, in two collections. */
export function hostileClippings(): Clipping[] {
  return [
    makeClipping(),
    makeClipping({
      id: '00000000-0000-4000-8000-000000000002',
      url: 'https://www.lz.example/lokal/lemgo/artikel(1).html?a=1&b=2',
      urlKey: 'lz.example/lokal/lemgo/artikel(1).html?a=1&b=2',
      title: '---\ntitle: "gehackt"\n# Stadtwerke: =HYPERLINK("https://evil.example") [klick](javascript:alert(1)) <img src=x onerror=alert(1)>',
      kicker: '@Lemgo: "Dachzeile" mit \'Zitat\'',
      authors: ['-Max Muster', 'Erika "Eri" Beispiel'],
      agencies: ['dpa'],
      siteName: 'Lippische Landes-Zeitung',
      section: '+Lokales; Lemgo',
      publishedTime: '2026-11-26T23:30:00+01:00',
      tags: ['=1+1', 'Straße; Bau', 'Größter Erfolg 🎉'],
      note: 'Zeile eins\n---\n=Zeile drei, mit "Anführungszeichen"\r\nund Tab\tam Ende',
      isPartial: true,
      wordCount: 312,
      lang: 'de',
      excerpt: 'Die Stadtwerke *erhöhen* die Preise — um 12 %.',
      contentHtml:
        '<p>Die <strong>Stadtwerke</strong> erhöhen die Preise.</p><table><thead><tr><th>Tarif</th><th>Preis</th></tr></thead><tbody><tr><td>Grund</td><td>12 €</td></tr></tbody></table><p><a href="mailto:presse@stadtwerke.example">Pressestelle</a> und <a href="data:text/html,x">data-Link</a></p>',
      collectionId: PRESS_COLLECTION.id,
      clippedAt: Date.UTC(2026, 10, 28, 7, 0),
      updatedAt: Date.UTC(2026, 10, 28, 8, 0),
    }),
    makeClipping({
      id: '00000000-0000-4000-8000-000000000003',
      kind: 'link',
      url: 'https://news.example/en/story',
      urlKey: 'news.example/en/story',
      title: 'Council backs “green” bonds 🌱',
      authors: [],
      agencies: [],
      siteName: undefined,
      section: undefined,
      publishedTime: undefined,
      lang: 'en',
      tags: [],
      note: '',
      excerpt: undefined,
      wordCount: 0,
      contentHtml: '',
      text: '',
      clippedAt: Date.UTC(2026, 10, 20, 23, 30),
      updatedAt: Date.UTC(2026, 10, 20, 23, 30),
    }),
  ];
}

export function collectionNamesOf(collections: readonly Collection[]): Map<string, string> {
  return new Map(collections.map((c) => [c.id, c.name]));
}
