/**
 * scripts/serve.mjs, the server the browser tests and the benchmark use, run
 * as its own process: an address it cannot read must not stop it, and no
 * address may reach a file outside the folder it serves.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'serve.mjs');
const folder = mkdtempSync(join(tmpdir(), 'serve-'));
const running: ChildProcess[] = [];

/** Starts the server on a free port and resolves with its address once it says it is serving. */
function serve(base = '/', ...options: string[]): Promise<{ server: ChildProcess; port: number }> {
  const server = spawn(process.execPath, [script, '--dir', join(folder, 'site'), '--port', '0', '--base', base, ...options]);
  running.push(server);
  return new Promise((resolve, reject) => {
    let said = '';
    server.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const port = /127\.0\.0\.1:(\d+)/.exec(said)?.[1];
      if (port) resolve({ server, port: Number(port) });
    });
    server.on('exit', (code) => reject(new Error(`the server stopped (${code}) before serving`)));
  });
}

/** GETs a path exactly as written (fetch would tidy it first). */
function get(port: number, path: string): Promise<{ status: number; body: string; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(() => {
  mkdirSync(join(folder, 'site'));
  writeFileSync(join(folder, 'site', 'index.html'), 'the home page');
  writeFileSync(join(folder, 'site', '404.html'), 'not here');
  writeFileSync(join(folder, 'site', '_headers'), '/*\n  X-Frame-Options: DENY\n');
  // A folder beside the one served whose name starts with the same letters, as dist-guide does beside dist.
  mkdirSync(join(folder, 'site-guide'));
  writeFileSync(join(folder, 'site-guide', 'secret.html'), 'a file from the folder beside');
});

afterAll(() => {
  running.forEach((server) => server.kill());
  rmSync(folder, { recursive: true, force: true });
});

// Each case starts a server process or two: on a busy machine that takes longer than Vitest's default 5 s.
describe('scripts/serve.mjs', { timeout: 30_000 }, () => {
  it('answers an address with a malformed %-escape with 400, and keeps serving', async () => {
    const { server, port } = await serve();
    expect((await get(port, '/%E0%A4%A')).status).toBe(400);
    expect(await get(port, '/')).toMatchObject({ status: 200, body: 'the home page' });
    expect(server.exitCode).toBeNull();
  });

  it('serves no file from a folder beside the one it serves, however the address is written', async () => {
    const { port } = await serve();
    for (const path of ['/..%2fsite-guide/secret.html', '/%2e%2e%2fsite-guide/secret.html', '/%2E%2E%2Fsite-guide/secret.html', '/../site-guide/secret.html']) {
      const response = await get(port, path);
      expect(response, path).toMatchObject({ status: 404, body: 'not here' });
    }
  });

  it('sends the headers of _headers, and none with --no-headers, as GitHub Pages does', async () => {
    const withHeaders = await serve();
    expect((await get(withHeaders.port, '/')).headers['x-frame-options']).toBe('DENY');
    const without = await serve('/', '--no-headers');
    expect((await get(without.port, '/')).headers['x-frame-options']).toBeUndefined();
    expect(await get(without.port, '/')).toMatchObject({ status: 200, body: 'the home page' });
  });

  it('sends the headers of _headers under a base path too, as a host does for a site it serves there', async () => {
    const { port } = await serve('/guide/');
    expect((await get(port, '/guide/')).headers['x-frame-options']).toBe('DENY');
  });

  it('serves no file from a folder beside the one it serves under a base path', async () => {
    const { port } = await serve('/guide/');
    expect(await get(port, '/guide/')).toMatchObject({ status: 200, body: 'the home page' });
    expect(await get(port, '/guide/..%2fsite-guide/secret.html')).toMatchObject({ status: 404, body: 'not here' });
  });
});
