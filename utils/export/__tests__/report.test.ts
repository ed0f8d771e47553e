import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeClipHtml } from '@/utils/extract/sanitize';
import { buildReport, type ReportOptions } from '../report';
import { collectionNamesOf, hostileClippings, INBOX, labelsFor, makeClipping, PRESS_COLLECTION } from '@/tests/support/export-fixtures';

const { window } = new JSDOM('');
const options: ReportOptions = {
  title: 'Presse <Stadtwerke> & "Co"',
  labels: labelsFor('de'),
  timeZone: 'Europe/Berlin',
  collectionNames: collectionNamesOf([INBOX, PRESS_COLLECTION]),
  sanitizeHtml: (html) => sanitizeClipHtml(html, window as unknown as Window & typeof globalThis),
  includeImages: false,
};

/** A clipping whose stored body still carries everything a sanitizer must remove. */
const poisoned = makeClipping({
  id: 'poisoned',
  title: '<script>alert(1)</script>',
  contentHtml:
    '<p onclick="alert(1)">Text</p><script>alert(2)</script><img src="x" onerror="alert(3)"><iframe src="https://evil.example"></iframe><a href="javascript:alert(4)">Link</a><svg><a xlink:href="javascript:alert(5)">x</a></svg><style>body{background:url(https://evil.example/beacon)}</style>',
});

async function render(overrides: Partial<ReportOptions> = {}, clippings = [...hostileClippings(), poisoned]): Promise<string> {
  return (await buildReport(clippings, { ...options, ...overrides })).text();
}

describe('buildReport', () => {
  it('should render the press review like its golden file', async () => {
    const actual = await render({}, hostileClippings());

    await expect(actual).toMatchFileSnapshot('../__fixtures__/report/press-review.html');
  });

  it('should contain nothing that can run, whatever the clippings hold', async () => {
    const html = await render();

    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, iframe, object, embed, style:not(head style), svg, form, base')).toHaveLength(0);
    const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => [a.name, a.value] as const));
    expect(attributes.filter(([name]) => name.startsWith('on'))).toEqual([]);
    const targets = attributes.filter(([name]) => name === 'href' || name === 'src' || name === 'xlink:href').map(([, value]) => value);
    expect(targets.filter((value) => !/^(?:https?:|mailto:|#)/i.test(value) && value !== 'x')).toEqual([]);
    expect(html).not.toContain('evil.example/beacon');
  });

  it('should forbid every script by its own Content-Security-Policy', async () => {
    const doc = new JSDOM(await render()).window.document;

    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'");
  });

  it('should load images only when asked to', async () => {
    const doc = new JSDOM(await render({ includeImages: true })).window.document;

    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain('img-src https: http:;');
    expect(doc.querySelector('style')?.textContent).not.toContain('img{display:none}');
  });

  it('should show page-derived text as text', async () => {
    const doc = new JSDOM(await render()).window.document;

    expect(doc.title).toBe('Pressespiegel: Presse <Stadtwerke> & "Co"');
    expect(doc.querySelector('.cover h1')?.textContent).toBe('Presse <Stadtwerke> & "Co"');
    expect([...doc.querySelectorAll('.clip h2')].map((h) => h.textContent)).toContain('<script>alert(1)</script>');
  });

  it('should give a cover with period, count and outlets, and a table of contents', async () => {
    const doc = new JSDOM(await render({}, hostileClippings())).window.document;

    expect(doc.querySelector('.cover-period')?.textContent).toBe('Zeitraum: 21. November 2026 – 26. November 2026');
    expect(doc.querySelector('.cover-summary')?.textContent).toBe('Ausschnitte: 3 · Medien: 3');
    expect([...doc.querySelectorAll('.outlets li')].map((li) => li.textContent)).toEqual(['Lippische Landes-Zeitung 1', 'news.example 1', 'Werretal-Bote 1']);
    const toc = [...doc.querySelectorAll('.toc a')].map((a) => a.getAttribute('href'));
    const articles = [...doc.querySelectorAll('article.clip')].map((a) => `#${a.id}`);
    expect(toc).toEqual(articles);
    expect(articles).toHaveLength(3);
  });

  it("should mark each clipping's headline and text with its own language, and the labels with the report's", async () => {
    const english = makeClipping({ id: 'en', title: 'Council backs bonds', kicker: 'Budget', lang: 'en-GB', contentHtml: '<p>The council voted.</p>' });
    const hostile = makeClipping({ id: 'bad', title: 'Ohne Sprache', lang: 'de" onmouseover="alert(1)', contentHtml: '<p>Text.</p>' });
    const doc = new JSDOM(await render({}, [english, hostile])).window.document;

    expect(doc.documentElement.lang).toBe('de');
    const [first, second] = [...doc.querySelectorAll('article.clip')];
    expect(['.kicker', 'h2', '.body'].map((selector) => first!.querySelector(selector)?.getAttribute('lang'))).toEqual(['en-GB', 'en-GB', 'en-GB']);
    expect(first!.querySelector('.meta')?.closest('[lang]')).toBe(doc.documentElement);
    expect(doc.querySelector('.toc-title[lang="en-GB"]')?.textContent).toBe('Council backs bonds');
    expect(second!.querySelectorAll('[lang]')).toHaveLength(0);
    expect(second!.querySelector('[onmouseover]')).toBeNull();
  });

  it('should print each clipping with its metadata block and source', async () => {
    const doc = new JSDOM(await render({}, hostileClippings())).window.document;

    const first = doc.querySelector('article.clip')!;
    const meta = Object.fromEntries([...first.querySelectorAll('.meta dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(meta).toMatchObject({ Medium: 'Lippische Landes-Zeitung', Autoren: '-Max Muster, Erika "Eri" Beispiel', Agenturen: 'dpa', Ressort: '+Lokales; Lemgo', Wörter: '312' });
    expect(first.querySelector('.partial')?.textContent).toContain('nur ein Teil');
    expect(first.querySelector('.source a')?.getAttribute('href')).toBe('https://www.lz.example/lokal/lemgo/artikel(1).html?a=1&b=2');
    expect(first.querySelector('.body table')).not.toBeNull();
  });
});
