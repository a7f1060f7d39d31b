/** The full service stack on a real temporary SQLite file, with a clock that steps one second per call. */
import { openAppContext } from '../../electron/services/context.ts';
import type { Clock } from '../../electron/services/storage/clock.ts';
import { tempDbPath } from './temp-db.ts';

export function steppingClock(start = Date.parse('2026-03-01T09:00:00.000Z')): Clock {
  let t = start;
  return () => {
    t += 1000;
    return new Date(t).toISOString();
  };
}

export function openTestContext() {
  const tmp = tempDbPath();
  const context = openAppContext({ databasePath: tmp.path, host: 'browser', clock: steppingClock(), version: '0.0.0-test' });
  return {
    ...context,
    path: tmp.path,
    /** Calls the API as a host would, and returns the envelope. */
    call: (method: string, input: unknown = {}) => context.dispatch(method, input),
    /** Calls the API and returns the value, failing the test on an error envelope. */
    async ok<T = any>(method: string, input: unknown = {}): Promise<T> {
      const result = await context.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    },
    dispose: () => {
      context.close();
      tmp.cleanup();
    },
  };
}
