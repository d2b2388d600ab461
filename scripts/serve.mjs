#!/usr/bin/env node
/**
 * Serves a built site the way a static host does: with the response headers
 * from its `_headers` file (Netlify / Cloudflare Pages format), and text
 * compressed with gzip for browsers that ask for it. The browser tests use it
 * so that every page is checked under the real Content-Security-Policy, and
 * the benchmark so that Lighthouse sees the bytes a reader's phone would get;
 * it is also a quick way to try a build locally. With --no-headers it sends
 * none of them, as GitHub Pages does, so that the pages' own policy can be
 * checked alone. --port 0 takes any free port (the address is printed).
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /guide/] [--no-headers]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { withTrailingSlash } from '../src/lib/paths.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Types a static host compresses. Pagefind's index and wasm files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

/** Rules from a `_headers` file: a path pattern, then indented `Name: value` lines. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
    } else {
      const at = line.indexOf(':');
      if (at < 0 || rules.length === 0) throw new Error(`_headers: cannot read line "${line.trim()}"`);
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, path) {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}

/** The path an address asks for, or null when its %-escapes are malformed (e.g. "/%E0%A4%A"). */
function decodedPath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

export function startServer({ dir, port, base = '/', headers = true }) {
  const root = resolve(dir);
  const prefix = withTrailingSlash(base);
  const headersFile = join(root, '_headers');
  const rules = headers && existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  // Only files inside the folder: with the separator, "/site" does not let through "/site-other".
  const inside = (file) => file === root || file.startsWith(root + sep);

  /** Compressed bodies by file, kept while the file is unchanged. */
  const compressed = new Map();
  function gzipped(file, body) {
    const modified = statSync(file).mtimeMs;
    const cached = compressed.get(file);
    if (cached?.modified === modified) return cached.body;
    const entry = { modified, body: gzipSync(body) };
    compressed.set(file, entry);
    return entry.body;
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodedPath(url.pathname);
    if (path === null) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Bad request: the address has a malformed %-escape');
    }
    if (!path.startsWith(prefix)) {
      if (`${path}/` === prefix) return redirect(res, prefix + url.search);
      return send(res, 404, join(root, '404.html'), '/404.html', req);
    }
    path = `/${path.slice(prefix.length)}`;
    let file = normalize(join(root, path));
    if (!inside(file)) return send(res, 404, join(root, '404.html'), '/404.html', req);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return redirect(res, `${prefix}${path.slice(1)}/${url.search}`);
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound(res, path, req);
    return send(res, 200, file, path, req);
  });

  /** A language folder's own not-found page (/es/404.html) for its addresses, as hosts that look for the nearest 404.html do. */
  function notFound(res, path, req) {
    const folder = path.split('/')[1];
    const own = folder ? join(root, folder, '404.html') : '';
    if (own && existsSync(own)) return send(res, 404, own, `/${folder}/404.html`, req);
    return send(res, 404, join(root, '404.html'), '/404.html', req);
  }

  function redirect(res, location) {
    res.writeHead(301, { Location: location });
    res.end();
  }

  function send(res, status, file, path, req) {
    for (const rule of rules) {
      if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    const found = existsSync(file);
    let body = found ? readFileSync(file) : Buffer.from('Not found');
    if (found && COMPRESSIBLE.has(extname(file))) {
      res.setHeader('Vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipped(file, body);
        res.setHeader('Content-Encoding', 'gzip');
      }
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', body.length);
    res.writeHead(status);
    res.end(body);
  }

  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4321' },
      base: { type: 'string', default: '/' },
      'no-headers': { type: 'boolean', default: false },
    },
  });
  const server = await startServer({ dir: values.dir, port: Number(values.port), base: values.base, headers: !values['no-headers'] });
  const without = values['no-headers'] ? ', without headers' : '';
  console.log(`Serving ${values.dir} at http://127.0.0.1:${server.address().port}${values.base}${without}`);
}
