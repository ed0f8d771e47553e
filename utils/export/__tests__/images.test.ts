import { describe, expect, it } from 'vitest';
import { assetPaths, imageUrlsOf, originPatternsOf } from '../images';
import { makeClipping } from '@/tests/support/export-fixtures';

describe('imageUrlsOf', () => {
  it('should list each web image once, in page order, with entities decoded', () => {
    const clippings = [
      makeClipping({ contentHtml: '<p><img src="https://a.example/1.jpg?w=1&amp;h=2" alt="x"></p><img alt="y" src="http://b.example/2.png">' }),
      makeClipping({ contentHtml: '<img src="https://a.example/1.jpg?w=1&amp;h=2"><img src="data:image/png;base64,AAAA"><img src="/relative.jpg">' }),
    ];

    expect(imageUrlsOf(clippings)).toEqual(['https://a.example/1.jpg?w=1&h=2', 'http://b.example/2.png']);
  });
});

describe('originPatternsOf', () => {
  it('should ask for each site once, by scheme and host', () => {
    expect(originPatternsOf(['https://www.lz.de/a.jpg', 'https://www.lz.de:8443/b.jpg', 'http://img.example/c.png', 'nonsense'])).toEqual([
      'http://img.example/*',
      'https://www.lz.de/*',
    ]);
  });
});

describe('assetPaths', () => {
  it('should name assets after the image files, uniquely and without spaces', () => {
    const asset = (extension: string) => ({ data: new Uint8Array([1]), extension });
    const assets = new Map([
      ['https://a.example/img/Brücke am Abend.JPG', asset('jpg')],
      ['https://b.example/other/Brücke am Abend.jpeg', asset('jpg')],
      ['https://c.example/', asset('png')],
    ]);

    expect([...assetPaths(assets).values()]).toEqual(['assets/Brücke-am-Abend.jpg', 'assets/Brücke-am-Abend-2.jpg', 'assets/image.png']);
  });
});
