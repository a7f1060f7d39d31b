import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/temp-db.ts';
import { openTestContext } from '../../test/support/test-context.ts';
import { api } from '../contract/api.ts';
import { METHOD_NAMES } from '../contract/method-names.ts';
import { type HttpHost, startHttpHost } from './http-host.ts';

let ctx: ReturnType<typeof openTestContext>;
let host: HttpHost;
let web: ReturnType<typeof tempDir>;

beforeAll(async () => {
  ctx = openTestContext();
  web = tempDir();
  mkdirSync(join(web.dir, 'assets'));
  writeFileSync(join(web.dir, 'index.html'), '<!doctype html><title>app</title>');
  host = await startHttpHost({ dispatch: ctx.dispatch, staticDir: web.dir });
});
afterAll(async () => {
  await host.close();
  ctx.dispose();
  web.cleanup();
});

/** A raw request, so that Host and Origin can be set freely (fetch forbids that). */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: any; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'POST', headers: options.headers }, (res) => {
      let data = '';
      res.on('data', (c) => {
        data += c;
      });
      res.on('end', () => {
        let body: unknown = data;
        try {
          body = JSON.parse(data);
        } catch {}
        resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
      });
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const auth = () => ({ Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });
const callApi = (method: string, input: unknown) => send(`/api/${method}`, { headers: auth(), body: JSON.stringify(input) });

describe('browser host', () => {
  it('listens on 127.0.0.1 and prints a URL that carries the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('serves every contract method and nothing else', async () => {
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) {
      const res = await callApi(method, {});
      // Each answers with the envelope: either a value or a typed error, never "unknown method".
      expect(res.body).toHaveProperty('ok');
      if (!res.body.ok) expect(res.body.error.code).not.toBe('UNKNOWN_METHOD');
    }
    const unknown = await callApi('assessments.drop', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('UNKNOWN_METHOD');
  });

  it('creates and lists through the API', async () => {
    const created = await callApi('assessments.create', {
      clientName: 'Wide World Importers',
      title: 'Baseline',
      language: 'ja',
      assessorName: 'Kenji',
      assessorFirm: '',
    });
    expect(created.status).toBe(200);
    expect(created.body.ok).toBe(true);
    const list = await callApi('assessments.list', {});
    expect(list.body.value.map((r: { title: string }) => r.title)).toContain('Baseline');
  });

  it('answers a validation error with the field named, as 400', async () => {
    const res = await callApi('assessments.create', { clientName: '', title: 'x', language: 'en', assessorName: '', assessorFirm: '' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(res.body.error.message).toContain('clientName: must not be empty');
    expect(res.body.error.details.issues[0]).toMatchObject({ path: 'clientName', kind: 'too_small' });
  });

  it('answers a malformed body with a clear message, not a crash', async () => {
    const res = await send('/api/assessments.list', { headers: auth(), body: '{"search": ' });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'VALIDATION', message: 'The request body is not valid JSON.' });
    const stillUp = await callApi('assessments.list', {});
    expect(stillUp.body.ok).toBe(true);
  });

  it('answers a badly encoded address with a client error, not a crash', async () => {
    const api = await send('/api/%E0%A4%A', { headers: auth(), body: '{}' });
    expect(api.status).toBe(400);
    const file = await send('/assets/%E0%A4%A.js', { method: 'GET', headers: auth() });
    expect(file.status).toBe(404);
  });

  it('refuses API calls without the token in the Authorization header with 401, before any routing', async () => {
    for (const path of ['/api/assessments.list', '/api/unknown.method', `/api/assessments.list?token=${host.token}`]) {
      const res = await send(path, { method: 'POST' });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHORIZED');
    }
    const wrong = await send('/api/assessments.list', { headers: { Authorization: 'Bearer wrong-token' } });
    expect(wrong.status).toBe(401);
    // A cookie never carries the token.
    const cookie = await send('/api/assessments.list', { headers: { Cookie: `cx_token=${host.token}` } });
    expect(cookie.status).toBe(401);
  });

  it('sets no cookie on any response', async () => {
    for (const [path, method, headers] of [
      [`/?token=${host.token}`, 'GET', {}],
      ['/', 'GET', {}],
      ['/assets/missing.js', 'GET', {}],
      ['/api/assessments.list', 'POST', auth()],
      ['/api/assessments.list', 'POST', {}],
      ['/api/unknown.method', 'POST', auth()],
    ] as const) {
      const res = await send(path, { method, headers: { ...headers } });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses a foreign Host or Origin with 403, even with the token', async () => {
    const foreignHost = await send('/api/assessments.list', { headers: { ...auth(), Host: `evil.example:${host.port}` } });
    expect(foreignHost.status).toBe(403);
    expect(foreignHost.body.error.code).toBe('FORBIDDEN');
    const foreignOrigin = await send('/api/assessments.list', { headers: { ...auth(), Origin: 'http://evil.example' } });
    expect(foreignOrigin.status).toBe(403);
    const sameOrigin = await send('/api/assessments.list', { headers: { ...auth(), Origin: host.origin } });
    expect(sameOrigin.status).toBe(200);
  });

  it('serves the app and its files without the token, with a strict CSP', async () => {
    const page = await send(`/?token=${host.token}`, { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe-eval');
    const asset = await send('/assets/missing.js', { method: 'GET' });
    expect(asset.status).toBe(404);
    const traversal = await send('/../../etc/passwd', { method: 'GET' });
    expect(traversal.body).not.toContain('root:');
  });
});
