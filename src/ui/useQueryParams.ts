import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/**
 * The current address's query parameters and a way to replace them (without a new history entry or a scroll
 * reset). Built on useLocation and useNavigate, which the shell already loads: React Router's useSearchParams
 * would add its code to the initial bundle for the two lazy screens that need it.
 */
export function useQueryParams(): [URLSearchParams, (change: (params: URLSearchParams) => URLSearchParams) => void] {
  const { search, hash, pathname } = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const replace = useCallback(
    (change: (params: URLSearchParams) => URLSearchParams) => {
      const next = change(new URLSearchParams(search)).toString();
      void navigate({ pathname, search: next ? `?${next}` : '', hash }, { replace: true, preventScrollReset: true });
    },
    [navigate, pathname, search, hash],
  );
  return [params, replace];
}
