/**
 * window.api for the browser host: the same named functions as the Electron preload, each
 * a POST to /api/<method> with this run's token in the Authorization header (taken from the URL the server printed).
 */
import type { WindowApi } from '../../electron/contract/api.ts';
import type { Envelope } from '../../electron/contract/errors.ts';
import { METHOD_NAMES } from '../../electron/contract/method-names.ts';

/** The token from the address the server printed, kept in memory only (never a cookie or storage). */
function currentToken(): string {
  return new URLSearchParams(window.location.search).get('token') ?? '';
}

export function createHttpApi(): WindowApi {
  const token = currentToken();
  const api: Record<string, unknown> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (input: unknown): Promise<Envelope<unknown>> => {
      try {
        const body = JSON.stringify(input ?? {});
        const response = await fetch(`./api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body,
          // A save sent as the page closes still arrives (browsers allow up to 64 KB in flight).
          keepalive: body.length < 60_000,
        });
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'STORAGE', message: 'The app server is not reachable. Is "npm run serve" still running?' },
        };
      }
    };
  }
  return api as WindowApi;
}
