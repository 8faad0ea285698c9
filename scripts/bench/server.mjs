// A tiny static server on 127.0.0.1: /dist/* from dist/, /bench/* from the repository's bench/ (the floor page),
// everything else from .bench/pages/ (the generated pages and the floor's steps).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

export async function startServer(root, pages) {
  const folders = { '/dist/': join(root, 'dist'), '/bench/': join(root, 'bench') };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const prefix = Object.keys(folders).find((p) => path.startsWith(p));
    const [base, rel] = prefix ? [folders[prefix], path.slice(prefix.length)] : [pages, path.slice(1)];
    const file = resolve(base, rel);
    try {
      if (!file.startsWith(base + sep)) throw new Error('outside');
      const data = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(data);
    } catch {
      // A 404 is the answer; the page under test reports it as a console error, which fails the run.
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
