import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/registerServiceWorker';
import { savedStateRead, startPersistence } from './store/persistence';
import { startPersistenceGuard } from './store/persistence-guard';
import './styles.css';

startPersistence();
// After the saved state is in: filling the store is not a check-off worth asking for persistent storage.
void savedStateRead().then(startPersistenceGuard);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// A transition lets React render the first screen in small slices (no long task while it appears);
// index.html's static frame stays on screen until then.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

registerServiceWorker();
