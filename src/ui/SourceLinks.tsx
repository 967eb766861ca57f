import { sourceHost } from './format';

/** Sources as short host-name links; external, so they open in a new tab. */
export function SourceLinks({ urls, label = 'Sources' }: { urls: readonly string[] | undefined; label?: string }) {
  if (!urls || urls.length === 0) return null;
  return (
    <p className="sources">
      <span className="sources__label">{label}:</span>{' '}
      {urls.map((url, i) => (
        <span key={url}>
          {i > 0 && ', '}
          <a href={url} target="_blank" rel="noopener noreferrer">
            {sourceHost(url)}
          </a>
        </span>
      ))}
    </p>
  );
}
