import { RouterProvider } from '@tanstack/solid-router';
import { render } from 'solid-js/web';
import { router } from './router';
import './app.css';
import './print';

// Opening IndexedDB takes tens of milliseconds on a fresh profile: start it while the page renders.
// Before another tab's upgrade closes this tab's connection, pending saves are written.
void Promise.all([import('./store/db'), import('./store/autosave'), import('./store/persistence')])
  .then(([store, autosave, persistence]) => {
    store.setBeforeClose(autosave.flushAllSaves);
    void persistence.requestPersistence();
    return store.db();
  })
  .catch(() => {
    // Pages report storage problems themselves when they need the database.
  });

render(() => <RouterProvider router={router} />, document.getElementById('app')!);
