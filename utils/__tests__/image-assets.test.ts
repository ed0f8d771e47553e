import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchImages } from '@/utils/image-assets';

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

/** A stand-in for the network: answers by URL, slowest first, to shuffle completion order. */
function network(routes: Record<string, () => Response>) {
  return vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    await new Promise((done) => setTimeout(done, url.includes('slow') ? 20 : 0));
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    return route();
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchImages', () => {
  it('should keep web images in page order and report every one it could not take', async () => {
    vi.stubGlobal(
      'fetch',
      network({
        'https://a.example/slow.jpg': () => new Response(jpeg, { headers: { 'content-type': 'image/jpeg' } }),
        'https://a.example/b.png': () => new Response(jpeg, { headers: { 'content-type': 'image/png; charset=binary' } }),
        'https://a.example/gone.jpg': () => new Response('not found', { status: 404, headers: { 'content-type': 'image/jpeg' } }),
        'https://a.example/logo.svg': () => new Response('<svg onload="alert(1)"/>', { headers: { 'content-type': 'image/svg+xml' } }),
        'https://a.example/page.jpg': () => new Response('<html>', { headers: { 'content-type': 'text/html' } }),
        'https://a.example/huge.jpg': () => new Response(jpeg, { headers: { 'content-type': 'image/jpeg', 'content-length': String(26 * 1024 * 1024) } }),
      }),
    );
    const urls = ['https://a.example/slow.jpg', 'https://a.example/gone.jpg', 'https://a.example/b.png', 'https://a.example/logo.svg', 'https://a.example/page.jpg', 'https://a.example/huge.jpg', 'https://offline.example/x.jpg'];
    const seen: number[] = [];

    const actual = await fetchImages(urls, { onProgress: ({ done }) => seen.push(done) });

    expect([...actual.images.keys()]).toEqual(['https://a.example/slow.jpg', 'https://a.example/b.png']);
    expect(actual.images.get('https://a.example/b.png')).toEqual({ data: jpeg, extension: 'png' });
    expect(actual.failed).toEqual(urls.filter((url) => !url.endsWith('slow.jpg') && !url.endsWith('b.png')));
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('should stop when cancelled', async () => {
    vi.stubGlobal('fetch', network({ 'https://a.example/slow.jpg': () => new Response(jpeg, { headers: { 'content-type': 'image/jpeg' } }) }));
    const controller = new AbortController();

    const run = fetchImages(['https://a.example/slow.jpg'], { signal: controller.signal });
    controller.abort(new Error('cancelled'));

    await expect(run).rejects.toThrow('cancelled');
  });
});
