/**
 * The functions behind the app's commands (electron/contract/commands.ts): a screen registers
 * the function its button calls, and the menu, the keyboard shortcut and the button all run
 * that same function. No command finds a button in the page.
 */
import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../electron/contract/commands.ts';

type Handler = () => void | Promise<void>;
const handlers = new Map<AppCommand['id'], Handler>();

/** Registers the function of a command while the calling component is shown. */
export function useCommand(id: AppCommand['id'], run: Handler | null) {
  const latest = useRef(run);
  latest.current = run;
  const active = run !== null;
  useEffect(() => {
    if (!active) return;
    const handler: Handler = () => latest.current?.();
    handlers.set(id, handler);
    return () => {
      if (handlers.get(id) === handler) handlers.delete(id);
    };
  }, [id, active]);
}

/** Runs a command's registered function; false when no screen offers it now. */
export function runCommand(id: AppCommand['id']): boolean {
  const handler = handlers.get(id);
  if (!handler) return false;
  void handler();
  return true;
}
