// First, so that a map's socket opens before the rest of the app runs.
import './openEarly.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './app/App.tsx';
import { registerServiceWorkerWhenSettled } from './app/registerServiceWorker.ts';
import { installTokens } from './theme/tokenCss.ts';

installTokens(document);
registerServiceWorkerWhenSettled();
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
