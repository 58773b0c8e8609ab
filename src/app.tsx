import { createHashHistory, RouterProvider } from '@tanstack/solid-router';
import { render } from 'solid-js/web';
import { appServices } from './appServices';
import { createAppRouter } from './router';

/** Starts the app in `root`, and the database beside it. */
export function start(root: HTMLElement): void {
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

  const router = createAppRouter({ history: createHashHistory(), context: { services: appServices } });
  render(() => <RouterProvider router={router} />, root);
}
