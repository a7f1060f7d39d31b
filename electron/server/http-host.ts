/**
 * The browser host: the same API as the Electron window, over HTTP on 127.0.0.1, for tests
 * and demos. Every /api/ call needs this run's token in its Authorization header (checked before any
 * routing; static files are served without it, and no cookie is ever set); requests
 * whose Host or Origin is not this host are refused, which stops DNS-rebinding and other
 * sites' pages from reaching the API.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../contract/content-security-policy.ts';
import type { ApiErrorBody, Envelope } from '../contract/errors.ts';
import type { Dispatch } from '../services/api/dispatch.ts';

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** The built renderer (index.html and its assets). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  origin: string;
  token: string;
  port: number;
  server: Server;
  close: () => Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_METHOD: 404,
  CONFLICT: 409,
};

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  // Big enough for a 50 MB package or a 25 MB evidence file in base64.
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, { code: 'INTERNAL', message: 'The request could not be handled.' });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Every API call carries the token in its Authorization header (never a cookie: cookies are
    // not kept apart by port, so any other local server the browser visits would receive it).
    if (url.pathname.startsWith('/api/') && !hasToken(req, token)) {
      return sendError(res, {
        code: 'UNAUTHORIZED',
        message: 'This address needs the token printed when the server started. Open the full URL it printed.',
      });
    }
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    const origin = req.headers.origin;
    if (!allowedHosts.includes(req.headers.host ?? '') || (origin && !allowedHosts.map((h) => `http://${h}`).includes(origin))) {
      return sendError(res, { code: 'FORBIDDEN', message: 'Requests from another host or origin are refused.' });
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return sendError(res, { code: 'VALIDATION', message: 'API methods are called with POST.' }, 405);
      }
      const method = safeDecode(url.pathname.slice('/api/'.length));
      if (method === null) return sendError(res, { code: 'VALIDATION', message: 'The address is not valid.' });
      const body = await readBody(req, maxBody);
      if (body === 'too-large') {
        return sendError(res, { code: 'VALIDATION', message: `The request is larger than ${maxBody} bytes.` }, 413);
      }
      let input: unknown = {};
      if (body.length > 0) {
        try {
          input = JSON.parse(body);
        } catch {
          return sendError(res, { code: 'VALIDATION', message: 'The request body is not valid JSON.' });
        }
      }
      const envelope = await options.dispatch(method, input);
      return sendJson(res, envelope.ok ? 200 : (STATUS_BY_CODE[envelope.error.code] ?? 500), envelope);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, { code: 'VALIDATION', message: 'Only GET is served here.' }, 405);
    }
    return serveStatic(res, options.staticDir, url.pathname);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hasToken(req: IncomingMessage, token: string): boolean {
  const auth = req.headers.authorization ?? '';
  const bearer = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : null;
  return bearer != null && sameToken(bearer, token);
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function readBody(req: IncomingMessage, max: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, error: ApiErrorBody, status?: number) {
  const envelope: Envelope<never> = { ok: false, error };
  sendJson(res, status ?? STATUS_BY_CODE[error.code] ?? 500, envelope);
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function serveStatic(res: ServerResponse, root: string, pathname: string) {
  const decoded = safeDecode(pathname);
  if (decoded === null) return sendError(res, { code: 'NOT_FOUND', message: 'No such file.' });
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(root, relative || 'index.html');
  if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
    return sendError(res, { code: 'FORBIDDEN', message: 'Outside the app folder.' });
  }
  if (!existsSync(file) || statSync(file).isDirectory()) {
    // Unknown paths get the app itself; missing assets get a 404.
    if (extname(relative)) return sendError(res, { code: 'NOT_FOUND', message: `No file ${pathname}.` });
    file = join(root, 'index.html');
  }
  if (!existsSync(file)) {
    return sendError(
      res,
      { code: 'NOT_FOUND', message: 'The app has not been built: run "npm run build:renderer" (npm run serve does it).' },
      500,
    );
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  res.end(readFileSync(file));
}
