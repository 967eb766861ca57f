import { useRouteError } from 'react-router-dom';
import { StatusScreen } from './StatusScreen';

/** Last line of defence: a render error shows a message and a reload, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <StatusScreen title="Something went wrong" tone="error" onRetry={() => window.location.reload()}>
      <p>Helix hit an unexpected error. Your saved progress is stored in this browser and was not changed.</p>
      <p>
        <code>{message}</code>
      </p>
    </StatusScreen>
  );
}
