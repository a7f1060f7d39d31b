/** The time source of services; tests pass a fixed or stepping clock. */
export type Clock = () => string;

/** ISO-8601 UTC timestamps; strictly increasing within a process so "last change" order is stable. */
export function systemClock(): Clock {
  let last = 0;
  return () => {
    const now = Math.max(Date.now(), last + 1);
    last = now;
    return new Date(now).toISOString();
  };
}
