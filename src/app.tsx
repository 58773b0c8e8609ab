import { createHashHistory, RouterProvider } from '@tanstack/solid-router';
import { render } from 'solid-js/web';
import { appServices } from './appServices';
import { createAppRouter } from './router';
import { openNewWorksheetAddress } from './routes/newWorksheet';

/** Starts the app in `root`. */
export function start(root: HTMLElement): void {
  // Before another tab's upgrade closes this tab's connection, pending saves are written.
  void Promise.all([import('./store/db'), import('./store/autosave'), import('./store/persistence')]).then(
    ([store, autosave, persistence]) => {
      store.setBeforeClose(autosave.flushAllSaves);
      void persistence.requestPersistence();
    },
  );

  openNewWorksheetAddress();
  const router = createAppRouter({ history: createHashHistory(), context: { services: appServices } });
  render(() => <RouterProvider router={router} />, root);
}
