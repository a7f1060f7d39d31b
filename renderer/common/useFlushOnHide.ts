/**
 * Calls `flush` when the page hides or closes (pagehide, visibilitychange, beforeunload) or the
 * Electron host asks for a flush before closing the window: what was typed is sent at once.
 */
import { useEffect, useRef } from 'react';

export const FLUSH_EVENT = 'cx-flush-text';

export function useFlushOnHide(flush: () => void) {
  const ref = useRef(flush);
  ref.current = flush;
  useEffect(() => {
    const onFlush = () => ref.current();
    window.addEventListener(FLUSH_EVENT, onFlush);
    return () => window.removeEventListener(FLUSH_EVENT, onFlush);
  }, []);
}
