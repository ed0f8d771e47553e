import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { absolutizeUrls } from '../urls';

const PAGE = 'https://www.zeitung.example/lokales/2026/brueckenfest.html';

const engines = [
  ['jsdom', (html: string) => new JSDOM(html, { url: PAGE }).window.document],
  ['linkedom', (html: string) => parseHTML(html).document as unknown as Document],
] as const;

describe.each(engines)('absolutizeUrls on %s', (_name, parse) => {
  function absolutized(body: string, head = ''): Element {
    const doc = parse(`<!doctype html><html><head>${head}</head><body><div id="root">${body}</div></body></html>`);
    const root = doc.getElementById('root')!;
    absolutizeUrls(root, doc, PAGE);
    return root;
  }

  it('should make links, pictures, sources and quote citations absolute against the page', () => {
    const root = absolutized('<a href="../sport/">Sport</a><picture><source srcset="x" src="bild.webp"><img src="/img/bruecke.jpg"></picture><blockquote cite="zitat.html">…</blockquote><q cite="//cdn.example/q">…</q>');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://www.zeitung.example/lokales/sport/');
    expect(root.querySelector('source')!.getAttribute('src')).toBe('https://www.zeitung.example/lokales/2026/bild.webp');
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://www.zeitung.example/img/bruecke.jpg');
    expect(root.querySelector('blockquote')!.getAttribute('cite')).toBe('https://www.zeitung.example/lokales/2026/zitat.html');
    expect(root.querySelector('q')!.getAttribute('cite')).toBe('https://cdn.example/q');
  });

  it('should resolve against the page\'s <base>', () => {
    const root = absolutized('<a href="artikel.html">mehr</a>', '<base href="https://static.zeitung.example/archiv/">');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://static.zeitung.example/archiv/artikel.html');
  });

  it('should leave fragments, addresses with a scheme and unparsable addresses as they are', () => {
    const root = absolutized('<a href="#kommentare">1</a><a href="mailto:redaktion@zeitung.example">2</a><a href="javascript:void(0)">3</a><img src="data:image/gif;base64,R0lGOD"><a href="http://[::1">4</a>');
    expect(Array.from(root.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual(['#kommentare', 'mailto:redaktion@zeitung.example', 'javascript:void(0)', 'http://[::1']);
    expect(root.querySelector('img')!.getAttribute('src')).toBe('data:image/gif;base64,R0lGOD');
  });

  it('should change only the attribute that holds each element\'s address', () => {
    const root = absolutized('<img src="bild.jpg" href="nicht-hier.html"><a href="seite.html" src="auch-nicht.jpg">x</a>');
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://www.zeitung.example/lokales/2026/bild.jpg');
    expect(root.querySelector('img')!.getAttribute('href')).toBe('nicht-hier.html');
    expect(root.querySelector('a')!.getAttribute('src')).toBe('auch-nicht.jpg');
  });

  it('should change nothing when the page address is not a URL', () => {
    const doc = parse('<div id="root"><a href="seite.html">x</a></div>');
    const root = doc.getElementById('root')!;
    absolutizeUrls(root, doc, 'Brückenfest (gespeicherte Seite)');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('seite.html');
  });
});
