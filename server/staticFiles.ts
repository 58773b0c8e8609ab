import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { policyOf } from '../build/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.txt', '.json', '.webmanifest', '.ttf']);

interface Loaded {
  body: Buffer;
  gzip?: Buffer;
}

/**
 * The built app, served as a static host would, plus what only a server can send: the CSP as a
 * header (with `frame-ancestors`, which a meta tag cannot carry), long caching for hashed assets
 * and none for the page and service worker, and gzip. Hashed assets are read once and kept (a
 * new build names new files); the page, the service worker and the rest are read on every
 * request, so a build made under a running server is what the next visit gets.
 */
export function createStaticFiles(dist: string) {
  const cache = new Map<string, Promise<Loaded | undefined>>();
  let csp: string | undefined;
  const read = (path: string): Promise<Loaded | undefined> =>
    readFile(path).then(
      (body) => ({ body, ...(COMPRESSIBLE.has(extname(path)) && body.length > 1024 ? { gzip: gzipSync(body) } : {}) }),
      () => undefined,
    );
  const load = (path: string) => {
    if (!path.startsWith(join(dist, 'assets') + sep)) return read(path);
    let entry = cache.get(path);
    if (!entry) cache.set(path, (entry = read(path)));
    return entry;
  };
  /**
   * The policy of the page as last read: serving the page (every visit reads it) refreshes it, as
   * a rebuild changes its script hashes; other files reuse it rather than read the page again.
   */
  const policy = async (page: Loaded | undefined) => {
    const index = page
      ? page.body.toString('utf8')
      : csp
        ? undefined
        : await readFile(join(dist, 'index.html'), 'utf8').catch(() => undefined);
    if (index) csp = `${policyOf(index)}; frame-ancestors 'self'`;
    if (!csp) throw new Error(`No built app in ${dist}: run npm run build first.`);
    return csp;
  };

  return async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://host');
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).slice(1);
    const path = normalize(join(dist, relative));
    const found = path.startsWith(dist + sep) && (request.method === 'GET' || request.method === 'HEAD') ? await load(path) : undefined;
    const headers: Record<string, string> = {
      'Content-Security-Policy': await policy(path === join(dist, 'index.html') ? found : undefined),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (!found) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const gzip = found.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? found.gzip! : found.body;
    response.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
      'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
