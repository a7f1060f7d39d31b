import { type RefObject, useLayoutEffect, useState } from 'react';

/** The two panes fill the window below the content above them (at least 360 px), so the page itself need not scroll. */
export function usePaneHeight(ref: RefObject<HTMLDivElement | null>): number | undefined {
  const [height, setHeight] = useState<number | undefined>();
  useLayoutEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(360, Math.floor(window.innerHeight - top - 16)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return height;
}
