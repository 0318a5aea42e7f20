import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HttpClient } from './api/http.ts';
import { createTillApi } from './api/till-api.ts';
import { App } from './app/App.tsx';
import { TillDb } from './db/till-db.ts';
import { registerServiceWorker } from './pwa/register-service-worker.ts';
import { AppModel } from './state/app-model.ts';
import { AppContext } from './state/hooks.ts';
import './styles/base.css';

const app = new AppModel(new TillDb(), createTillApi(new HttpClient()));
void app.boot();
if (import.meta.env.PROD) registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppContext value={app}>
      <App />
    </AppContext>
  </StrictMode>,
);
