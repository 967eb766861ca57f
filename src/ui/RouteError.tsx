import { useRouteError } from 'react-router-dom';
import { StatusScreen } from './StatusScreen';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * Browsers word a failed `import()` differently: Chromium "Failed to fetch dynamically imported module",
 * Safari "Importing a module script failed", Firefox "error loading dynamically imported module".
 */
const CHUNK_LOAD = /dynamically imported module|Importing a module script failed|Loading (CSS )?chunk/i;

/** A screen's code could not be loaded: usually a new version was deployed since this page loaded, or the network dropped. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ChunkLoadError' || CHUNK_LOAD.test(error.message));
}

/**
 * Shown in place of one screen that failed (the header and navigation stay, so the rest of Helix still
 * works), or of the whole app when the shell itself failed. A screen whose code failed to load offers a reload.
 */
export function RouteError() {
  const error = useRouteError();
  const chunk = isChunkLoadError(error);
  const title = chunk ? 'This screen couldn’t be loaded' : 'Something went wrong';
  useDocumentTitle(title);
  if (chunk) {
    return (
      <StatusScreen title={title} tone="error" onRetry={() => window.location.reload()}>
        <p>
          Helix may have been updated since this page was opened, or the connection dropped. Reloading fetches the current version. Your saved progress is
          stored in this browser and was not changed.
        </p>
      </StatusScreen>
    );
  }
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <StatusScreen title={title} tone="error" onRetry={() => window.location.reload()}>
      <p>Helix hit an unexpected error on this screen. Your saved progress is stored in this browser and was not changed; the other screens still work.</p>
      <p>
        <code>{message}</code>
      </p>
    </StatusScreen>
  );
}
