/**
 * A small dependency-free static file server for tests, behaving like a plain
 * nginx `location` block: it serves a built site under a path prefix
 * (`/` or e.g. `/budget/`), maps directories to index.html, redirects a
 * directory requested without its trailing slash (301), and answers unknown
 * paths with the site's 404.html and status 404.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServerOptions {
  /** Directory holding the built site (e.g. `dist`). */
  root: string;
  /** Path prefix the site is served under: `/` or `/budget/`. */
  base?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** Origin plus base, e.g. `http://127.0.0.1:41234/budget/` */
  url: string;
  close(): Promise<void>;
}

async function fileStat(file: string) {
  try {
    return await stat(file);
  } catch {
    return undefined;
  }
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const trimmed = (options.base ?? '/').replace(/^\/+|\/+$/g, '');
  const base = trimmed === '' ? '/' : `/${trimmed}/`;
  const host = options.host ?? '127.0.0.1';

  async function sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    status: number,
    size: number,
  ): Promise<void> {
    res.writeHead(status, {
      'Content-Type': contentType(file),
      'Content-Length': size,
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((resolve, reject) => {
      createReadStream(file).on('error', reject).on('end', resolve).pipe(res);
    });
  }

  async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = path.join(root, '404.html');
    const info = await fileStat(page);
    if (info?.isFile()) {
      await sendFile(req, res, page, 404, info.size);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('404 Not Found\n');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const requestUrl = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(requestUrl.pathname);
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }

    if (base !== '/' && pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base + requestUrl.search });
      res.end();
      return;
    }
    if (!pathname.startsWith(base) || pathname.includes('\0')) {
      await notFound(req, res);
      return;
    }

    const relative = pathname.slice(base.length);
    const file = path.join(root, relative);
    if (file !== root && !file.startsWith(root + path.sep)) {
      await notFound(req, res);
      return;
    }

    const info = await fileStat(file);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: requestUrl.pathname + '/' + requestUrl.search });
        res.end();
        return;
      }
      const index = path.join(file, 'index.html');
      const indexInfo = await fileStat(index);
      if (indexInfo?.isFile()) {
        await sendFile(req, res, index, 200, indexInfo.size);
        return;
      }
    } else if (info?.isFile() && !pathname.endsWith('/')) {
      await sendFile(req, res, file, 200, info.size);
      return;
    }
    await notFound(req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`500 ${String(error)}\n`);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  return {
    origin,
    url: origin + base,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
