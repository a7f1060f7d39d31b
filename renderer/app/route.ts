/** The screen shown, kept in the URL hash so that a reload returns to it. */
import { useCallback, useEffect, useState } from 'react';

export type Route =
  | { screen: 'home' }
  | { screen: 'deleted' }
  | { screen: 'assessment'; id: string; tab?: string }
  | { screen: 'frameworks' }
  | { screen: 'backups' }
  | { screen: 'framework'; id: string; version: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/assessment\/([0-9a-f-]{36})(?:\/([a-z]+))?$/i.exec(hash);
  if (match?.[1]) return { screen: 'assessment', id: match[1], tab: match[2] };
  if (hash === '#/deleted') return { screen: 'deleted' };
  if (hash === '#/frameworks') return { screen: 'frameworks' };
  if (hash === '#/backups') return { screen: 'backups' };
  const fw = /^#\/frameworks\/([a-z0-9.-]+)\/([0-9A-Za-z.+-]+)$/.exec(hash);
  if (fw?.[1] && fw[2]) return { screen: 'framework', id: fw[1], version: fw[2] };
  return { screen: 'home' };
}

export function routeHash(route: Route): string {
  if (route.screen === 'assessment') return `#/assessment/${route.id}${route.tab ? `/${route.tab}` : ''}`;
  if (route.screen === 'deleted') return '#/deleted';
  if (route.screen === 'frameworks') return '#/frameworks';
  if (route.screen === 'backups') return '#/backups';
  if (route.screen === 'framework') return `#/frameworks/${route.id}/${route.version}`;
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
