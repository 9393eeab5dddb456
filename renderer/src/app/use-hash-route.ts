import { useEffect, useState } from 'react';

/**
 * Routes live in the hash (`#/hosts`), so the same bundle works from file:// in Electron, where
 * each window opens at its own route, and from the headless server.
 */
export const ROUTES = ['hosts', 'domains', 'settings', 'activity'] as const;
export type Route = (typeof ROUTES)[number];

export function parseRoute(hash: string): Route | null {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : null;
}

export function useHashRoute(fallback: Route): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash) ?? fallback);
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash) ?? fallback);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [fallback]);
  return [route, (next) => (window.location.hash = `#/${next}`)];
}
