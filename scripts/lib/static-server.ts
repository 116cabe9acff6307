/**
 * A tiny static file server for a built site, for benchmarks and Lighthouse runs (so they never
 * need `astro preview`). Listens on 127.0.0.1 on a free port.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

export interface StaticServer {
  /** Origin plus base path, ending in "/" ("http://127.0.0.1:40123/"). */
  readonly url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Path prefix the site is served under ("/guide/"); default "/". */
  readonly base?: string;
  /**
   * Behave like a production host: gzip text responses when the client accepts it and send
   * long cache lifetimes for hashed `/_astro/` assets. Off by default (plain bytes, no-cache).
   */
  readonly production?: boolean;
  /** Port to listen on; a free one when unset. */
  readonly port?: number;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index chunks and wasm are already gzipped on disk: opaque bytes.
  '.pagefind': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** The Content-Type for a file name; Pagefind's `.pf_*` files and unknowns are octet-stream. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function normalizeBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

async function fileAt(path: string): Promise<{ path: string; size: number } | 'directory' | undefined> {
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) return 'directory';
    return stats.isFile() ? { path, size: stats.size } : undefined;
  } catch {
    return undefined;
  }
}

interface Target {
  readonly status: number;
  readonly path?: string;
  readonly redirect?: string;
}

/** What a URL path maps to under `root`: a file, a redirect to the slash form, or the 404 page. */
async function resolveTarget(root: string, base: string, pathname: string): Promise<Target> {
  const notFound: Target = { status: 404, path: join(root, '404.html') };
  if (!pathname.startsWith(base))
    return pathname === base.slice(0, -1) ? { status: 301, redirect: base } : notFound;
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return notFound;
  }
  const candidate = normalize(join(root, relativePath));
  if (candidate !== root && !candidate.startsWith(root + sep)) return notFound;
  const found = await fileAt(candidate);
  if (found === 'directory') {
    if (!pathname.endsWith('/')) return { status: 301, redirect: `${pathname}/` };
    const index = await fileAt(join(candidate, 'index.html'));
    return index && index !== 'directory' ? { status: 200, path: index.path } : notFound;
  }
  return found ? { status: 200, path: found.path } : notFound;
}

function cacheControl(path: string, production: boolean): string {
  if (!production) return 'no-cache';
  return path.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=600';
}

async function respond(
  root: string,
  options: Required<StaticServerOptions>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
  const target = await resolveTarget(root, options.base, pathname);
  if (target.redirect) {
    response.writeHead(target.status, { Location: `${target.redirect}${search}` }).end();
    return;
  }
  const file = target.path ? await fileAt(target.path) : undefined;
  if (!target.path || !file || file === 'directory') {
    // Like static hosts (and astro preview), answer with the site's own 404 page when it has one.
    const notFoundPage = await fileAt(join(root, '404.html'));
    if (notFoundPage && notFoundPage !== 'directory' && request.method !== 'HEAD') {
      response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html'] ?? 'text/html' });
      createReadStream(notFoundPage.path).pipe(response);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const type = contentTypeOf(target.path);
  const gzip =
    options.production &&
    COMPRESSIBLE.test(type) &&
    /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(target.status, {
    'Content-Type': type,
    'Cache-Control': cacheControl(target.path, options.production),
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': file.size }),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(target.path);
  (gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(response);
}

/** Serves `root` (a built site) at `http://127.0.0.1:<free port><base>`. */
export async function startStaticServer(
  root: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const resolved = {
    base: normalizeBase(options.base ?? '/'),
    production: options.production ?? false,
    port: options.port ?? 0,
  };
  const rootDir = normalize(root).replace(/\/+$/, '');
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    respond(rootDir, resolved, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${resolved.base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
