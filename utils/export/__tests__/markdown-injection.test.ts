import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../html-to-markdown';
import { clippingToMarkdown } from '../markdown';
import { labelsFor, makeClipping } from '@/tests/support/export-fixtures';

/** Article HTML as stored (sanitized): what turndown sees. */
const md = (html: string) => htmlToMarkdown(html, { creditLabel: 'Foto' });

describe('htmlToMarkdown keeps page text and addresses from turning into markup', () => {
  it.each([
    ['a tag written as text', '<p>Der Code &lt;img src=x onerror=alert(1)&gt; stand im Artikel.</p>', 'Der Code \\<img src=x onerror=alert(1)> stand im Artikel.'],
    ['a script tag written as text', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', '\\<script>alert(1)\\</script>'],
    ['an HTML comment written as text', '<p>&lt;!-- versteckt --&gt;</p>', '\\<!-- versteckt -->'],
    ['an entity written as text', '<p>A &amp;lt; B &amp;#60; C</p>', 'A \\&lt; B \\&#60; C'],
    ['comparisons and ampersands, unchanged', '<p>3 &lt; 4 &amp; 5 &gt; 2, Müller &amp; Söhne</p>', '3 < 4 & 5 > 2, Müller & Söhne'],
  ])('should escape %s', (_name, html, expected) => {
    expect(md(html)).toBe(expected);
  });

  it('should keep code as it is (code spans and blocks show HTML literally)', () => {
    expect(md('<pre><code>&lt;script&gt;x&lt;/script&gt;</code></pre>')).toBe('```\n<script>x</script>\n```');
  });

  it.each([
    ['a parenthesis ending the link early', 'https://www.lz.example/a)b', '[Text](https://www.lz.example/a%29b)'],
    ['a parenthesis followed by a link of the page’s choosing', 'https://www.lz.example/x)[klick](javascript:alert(1)', '[Text](https://www.lz.example/x%29[klick]%28javascript:alert%281%29)'],
    ['balanced parentheses', 'https://de.wikipedia.example/wiki/Lemgo_(Stadt)', '[Text](https://de.wikipedia.example/wiki/Lemgo_%28Stadt%29)'],
  ])('should keep a link target whole: %s', (_name, href, expected) => {
    expect(md(`<p><a href="${href}">Text</a></p>`)).toBe(expected);
  });

  it('should keep an image address whole', () => {
    expect(md('<p><img src="https://bilder.example/a)b.jpg" alt="Bild"></p>')).toBe('![Bild](https://bilder.example/a%29b.jpg)');
  });
});

describe("the reader's note in a Markdown note", () => {
  const note = (text: string) => clippingToMarkdown(makeClipping({ note: text }), { collectionName: 'Inbox', content: 'excerpt', labels: labelsFor('de') }).split('> [!note]\n')[1];

  it('should keep the Markdown the reader wrote', () => {
    expect(note('**Wichtig:** [Pressestelle](https://www.lemgo.example/presse) und <https://www.lz.example/>')).toBe(
      '> **Wichtig:** [Pressestelle](https://www.lemgo.example/presse) und <https://www.lz.example/>\n',
    );
  });

  it.each([
    ['raw HTML', '<img src=x onerror=alert(1)>', '> \\<img src=x onerror=alert(1)>\n'],
    ['a script link', '[Klick](javascript:alert(1))', '> [Klick\\](javascript:alert(1))\n'],
    ['a script link written with an entity', '[Klick](&#106;avascript:alert(1))', '> [Klick\\](&#106;avascript:alert(1))\n'],
    ['a data link', '![Bild](data:text/html,x)', '> ![Bild\\](data:text/html,x)\n'],
    ['a script reference definition', '[r]: javascript:alert(1)', '> \\[r\\]: javascript:alert(1)\n'],
  ])('should leave %s as text', (_name, text, expected) => {
    expect(note(text)).toBe(expected);
  });
});
