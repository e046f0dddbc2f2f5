// Serves the project folder on localhost for the demo and the benchmark,
// with the strict Content-Security-Policy a careful clinic site might send,
// so the demo proves the widgets need no inline scripts or styles.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

export function startServer(port = Number(process.env.PORT) || 8000, { quiet = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root) || path.split(sep).includes('node_modules')) {
      res.writeHead(403).end();
      return;
    }
    try {
      // /demo/classic.html: the same page loading the classic-script build, as a CMS that only takes <script src> would.
      const classic = url.pathname === '/demo/classic.html';
      if (classic) path = join(root, 'demo/index.html');
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      if (classic) {
        body = body
          .toString()
          .replace('<script type="module" src="../dist/stretch-widgets.js"></script>', '<script src="../dist/stretch-widgets.iife.js" defer></script>');
      }
      res.writeHead(200, {
        'Content-Type': types[extname(path)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      if (!quiet) console.log(`\n  Demo: http://localhost:${actual}/demo/\n  (Ctrl+C to stop)\n`);
      resolve({ server, url: `http://localhost:${actual}` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  startServer().catch((e) => {
    console.error(e.code === 'EADDRINUSE' ? 'Port in use: try PORT=8001 npm start' : e);
    process.exit(1);
  });
}
