/**
 * A static file server on 127.0.0.1 for the demo and the end-to-end tests: the test build of
 * the extension may script http://127.0.0.1/* pages, so articles are served from here.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/** A generated response: HTML text, or bytes with their own content type (e.g. a page in its legacy charset). */
export type RouteBody = string | { body: Uint8Array; type: string };

export interface ServeOptions {
  /** Headers for every response, e.g. a Content-Security-Policy that keeps a benchmark page's scripts from running. */
  headers?: Record<string, string>;
}

/** Serves the files below `root`; extra routes answer before the files (for generated pages). */
export async function serveDirectory(root: string, routes: Record<string, () => RouteBody> = {}, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const route = routes[path];
    if (route) {
      const answer = route();
      res.writeHead(200, { 'content-type': typeof answer === 'string' ? TYPES['.html'] : answer.type });
      res.end(typeof answer === 'string' ? answer : answer.body);
      return;
    }
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
