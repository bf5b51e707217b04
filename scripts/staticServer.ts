import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export interface StaticServerOptions {
  /** Folders searched in order for each path. */
  roots: string[];
  /** Extra response headers for HTML pages (tests set a Content-Security-Policy here). */
  htmlHeaders?: Record<string, string>;
}

/** A small static file server for the demo and the browser tests; never serves outside its roots. */
export function createStaticServer({ roots, htmlHeaders = {} }: StaticServerOptions): Server {
  const folders = roots.map((root) => resolve(root));
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, '');
    const file = folders.map((folder) => join(folder, relative)).find((candidate) =>
      folders.some((folder) => candidate.startsWith(folder)) && existsSync(candidate) && statSync(candidate).isFile(),
    );
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...(type.startsWith('text/html') ? htmlHeaders : {}),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
}
