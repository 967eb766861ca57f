import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/registerServiceWorker';
import { startCrossTabSync } from './store/helix-store';
import { startPersistenceGuard } from './store/persistence-guard';
import './styles.css';

startCrossTabSync();
startPersistenceGuard();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
