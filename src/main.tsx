import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/registerServiceWorker';
import { startPersistence } from './store/persistence';
import { startPersistenceGuard } from './store/persistence-guard';
import './styles.css';

startPersistence();
startPersistenceGuard();

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
