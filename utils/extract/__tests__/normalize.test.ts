import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { restoreFigures } from '../normalize';

function restored(html: string): string {
  const doc = new JSDOM(`<div id="root">${html}</div>`).window.document;
  const root = doc.getElementById('root')!;
  restoreFigures(root, doc);
  return root.innerHTML;
}

describe('restoreFigures', () => {
  it('should make a block with one picture and its figcaption a figure again', () => {
    expect(restored('<div class="image"><img src="a.jpg"><figcaption>Jubel (Foto: Lena Sprung)</figcaption></div>')).toBe(
      '<figure class="image"><img src="a.jpg"><figcaption>Jubel (Foto: Lena Sprung)</figcaption></figure>',
    );
  });

  it.each([
    ['a block with two pictures', '<div><img src="a.jpg"><img src="b.jpg"><figcaption>Zwei Bilder</figcaption></div>'],
    ['a figure', '<figure><img src="a.jpg"><figcaption>Jubel</figcaption></figure>'],
    ['a block that holds running text too', '<div><img src="a.jpg"><figcaption>Jubel</figcaption><p>Der Verein feierte bis spät in die Nacht.</p></div>'],
  ])('should leave %s as it is', (_case, html) => {
    expect(restored(html)).toBe(html);
  });
});
