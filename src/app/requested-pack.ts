import { useLocation } from 'react-router-dom';
import { DEFAULT_PACK_ID } from '../data/pack-registry';

/** The pack a query string names (`?pack=<id>`), or the default pack when it names none. */
export function packIdFrom(search: string): string {
  return new URLSearchParams(search).get('pack') ?? DEFAULT_PACK_ID;
}

/** The pack the address names. */
export function useRequestedPack(): string {
  return packIdFrom(useLocation().search);
}

/** The pack the address names as the app starts, before the router runs (hash routing: the query is in the hash). */
export function packIdAtStart(): string {
  const hash = typeof window === 'undefined' ? '' : window.location.hash;
  const query = hash.indexOf('?');
  return packIdFrom(query === -1 ? '' : hash.slice(query));
}
