/**
 * The one outbox every write of the capture screens goes through. A change is kept (in memory
 * and in sessionStorage) until the service acknowledges it; a busy, full or unreachable
 * database makes it wait and retry with back-off, never drop. Changes are sent one after the
 * other, in the order made; a later change to the same field, not yet on its way, is merged
 * into the waiting one (a change to another question never replaces it). A change the service
 * refuses for what it is (validation, not found, conflict) is not retried: its caller gets the
 * error, as before.
 */

import type { MethodInput, MethodResult } from '../../electron/contract/api.ts';
import type { MethodName } from '../../electron/contract/method-names.ts';
import { ApiCallError, call } from '../api/client.ts';
import { FLUSH_EVENT } from '../common/useFlushOnHide.ts';

export type OutboxMethod = 'answers.set' | 'consensus.set' | 'dimensions.set' | 'kpis.set' | 'discussion.set' | 'actions.update';

export interface OutboxItem {
  /** What the change is to: the same key means the same field (a later change supersedes). */
  key: string;
  method: OutboxMethod;
  input: MethodInput<OutboxMethod>;
}

export interface OutboxSnapshot {
  items: readonly OutboxItem[];
  /** The last error that made the head wait, or null while nothing has failed. */
  error: unknown;
  /** Attempts made at the head so far. */
  attempts: number;
}

type Waiter = { resolve: (value: unknown) => void; reject: (e: unknown) => void };
interface Entry extends OutboxItem {
  waiters: Waiter[];
  inFlight: boolean;
}

const STORAGE_PREFIX = 'cx-outbox:';
const MAX_DELAY_MS = 15_000;

/** Errors that say the change itself is wrong: retrying cannot help. */
function isFinal(e: unknown): boolean {
  if (!(e instanceof ApiCallError)) return false;
  return !['STORAGE', 'INTERNAL'].includes(e.body.code);
}

/** Why the outbox waits: busy, disk full, read-only, the server not reachable, or another storage error. */
export function waitReason(error: unknown): 'busy' | 'full' | 'readonly' | 'offline' | 'other' {
  const message = error instanceof Error ? error.message : String(error ?? '');
  if (/SQLITE_BUSY|SQLITE_LOCKED|database is locked|busy/i.test(message)) return 'busy';
  if (/disk is full|SQLITE_FULL/i.test(message)) return 'full';
  if (/read-only|SQLITE_READONLY/i.test(message)) return 'readonly';
  if (/not reachable/i.test(message)) return 'offline';
  return 'other';
}

/** Whether `next` sets every field `waiting` sets (so sending only `next` loses nothing). */
function covers(next: object, waiting: object): boolean {
  const fields = new Set(Object.keys(next).filter((k) => (next as Record<string, unknown>)[k] !== undefined));
  return Object.keys(waiting).every((k) => (waiting as Record<string, unknown>)[k] === undefined || fields.has(k));
}

function readStored(assessmentId: string): OutboxItem[] {
  try {
    const raw = sessionStorage.getItem(STORAGE_PREFIX + assessmentId);
    if (!raw) return [];
    const parsed = JSON.parse(raw) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (i): i is OutboxItem =>
        typeof i === 'object' && i !== null && typeof i.key === 'string' && typeof i.method === 'string' && typeof i.input === 'object',
    );
  } catch {
    return [];
  }
}

/** Every outbox alive in this page, so the host can ask whether anything is unsent. */
const live = new Set<Outbox>();

export class Outbox {
  private entries: Entry[] = [];
  private error: unknown = null;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private listeners = new Set<() => void>();
  private snapshot: OutboxSnapshot = { items: [], error: null, attempts: 0 };
  private emptyWaiters: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly assessmentId: string,
    /** Called with each acknowledged change and the value the service returned. */
    private readonly onAck: (item: OutboxItem, value: unknown) => void,
  ) {
    for (const item of readStored(assessmentId)) this.entries.push({ ...item, waiters: [], inFlight: false });
    this.publish();
  }

  /** (Re)starts sending: the screen is shown. */
  open() {
    this.closed = false;
    live.add(this);
    this.pump();
  }

  /** Stops retrying (the screen is gone); what is unsent stays in sessionStorage for the next open. */
  close() {
    this.closed = true;
    live.delete(this);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  /** Adds a change; resolves with the service's value once acknowledged, rejects only if it is refused for good. */
  send<M extends OutboxMethod>(key: string, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve: resolve as (v: unknown) => void, reject };
      // Only the newest waiting change to the same field may be superseded, and only if it is not on its way.
      // It is superseded only when the new change sets every field the waiting one sets.
      const same = [...this.entries].reverse().find((e) => e.key === key && e.method === method && !e.inFlight);
      if (same && covers(input, same.input)) {
        same.input = input;
        same.waiters.push(waiter);
      } else {
        this.entries.push({ key, method, input, waiters: [waiter], inFlight: false });
      }
      this.publish();
      this.pump();
    });
  }

  /** Sends the head now instead of waiting for the next retry. */
  retryNow() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pump();
  }

  /** Resolves true once nothing is waiting (retrying at once), or false after `ms`. */
  whenEmpty(ms: number): Promise<boolean> {
    if (!this.entries.length) return Promise.resolve(true);
    this.retryNow();
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(this.entries.length === 0), ms);
      this.emptyWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** Where this outbox keeps its unsent changes in sessionStorage. */
  get storageKey() {
    return STORAGE_PREFIX + this.assessmentId;
  }

  get size() {
    return this.entries.length;
  }

  private publish() {
    this.snapshot = {
      items: this.entries.map(({ key, method, input }) => ({ key, method, input })),
      error: this.error,
      attempts: this.attempts,
    };
    try {
      const key = STORAGE_PREFIX + this.assessmentId;
      if (this.entries.length) sessionStorage.setItem(key, JSON.stringify(this.snapshot.items));
      else sessionStorage.removeItem(key);
    } catch {
      // Session storage full or unavailable: the changes are still kept in memory.
    }
    if (!this.entries.length) {
      const waiters = this.emptyWaiters;
      this.emptyWaiters = [];
      for (const w of waiters) w();
    }
    for (const l of this.listeners) l();
  }

  private pump() {
    if (this.sending || this.timer !== undefined || this.closed) return;
    const head = this.entries[0];
    if (!head) return;
    this.sending = true;
    head.inFlight = true;
    const input = head.input;
    call(head.method as MethodName, input as never).then(
      (value) => {
        this.sending = false;
        this.entries.shift();
        this.error = null;
        this.attempts = 0;
        this.onAck(head, value);
        this.publish();
        for (const w of head.waiters) w.resolve(value);
        this.pump();
      },
      (e: unknown) => {
        this.sending = false;
        head.inFlight = false;
        if (isFinal(e)) {
          this.entries.shift();
          this.publish();
          for (const w of head.waiters) w.reject(e);
          this.pump();
          return;
        }
        this.error = e;
        this.attempts += 1;
        const delay = Math.min(500 * 2 ** (this.attempts - 1), MAX_DELAY_MS);
        this.publish();
        if (!this.closed) {
          this.timer = setTimeout(() => {
            this.timer = undefined;
            this.pump();
          }, delay);
        }
      },
    );
  }
}

/**
 * How many changes are unsent in this page: those of every open assessment, and those kept in
 * sessionStorage for an assessment the person has left (sent again when it is opened), so that
 * closing the window never drops them without asking.
 */
export function pendingCount(): number {
  let n = 0;
  const open = new Set<string>();
  for (const o of live) {
    n += o.size;
    open.add(o.storageKey);
  }
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key?.startsWith(STORAGE_PREFIX) && !open.has(key)) n += readStored(key.slice(STORAGE_PREFIX.length)).length;
    }
  } catch {
    // No session storage: only the open assessments count.
  }
  return n;
}

/** Sends everything now; resolves true when all is saved, false if something is still waiting after `ms`. */
export async function flushAll(ms: number): Promise<boolean> {
  window.dispatchEvent(new Event(FLUSH_EVENT));
  // Text fields hand their pending text to the outbox in the same turn; give React one tick.
  await new Promise((r) => setTimeout(r, 0));
  const results = await Promise.all([...live].map((o) => o.whenEmpty(ms)));
  return results.every(Boolean);
}

declare global {
  interface Window {
    /** For the Electron host before closing: how many changes are unsent, and a flush that waits for them. */
    cxOutbox?: { pending: () => number; flush: (ms?: number) => Promise<boolean> };
  }
}

if (typeof window !== 'undefined') {
  window.cxOutbox = { pending: pendingCount, flush: (ms = 5000) => flushAll(ms) };
  const flushText = () => window.dispatchEvent(new Event(FLUSH_EVENT));
  window.addEventListener('pagehide', flushText);
  window.addEventListener('beforeunload', flushText);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushText();
  });
}
