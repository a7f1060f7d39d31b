/** The screen shown, kept in the URL hash so that a reload returns to it. */
import { useCallback, useEffect, useState } from 'react';

export type Route = { screen: 'home' } | { screen: 'deleted' } | { screen: 'assessment'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/assessment\/([0-9a-f-]{36})$/i.exec(hash);
  if (match?.[1]) return { screen: 'assessment', id: match[1] };
  if (hash === '#/deleted') return { screen: 'deleted' };
  return { screen: 'home' };
}

export function routeHash(route: Route): string {
  if (route.screen === 'assessment') return `#/assessment/${route.id}`;
  if (route.screen === 'deleted') return '#/deleted';
  return '#/';
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  return [route, navigate];
}
