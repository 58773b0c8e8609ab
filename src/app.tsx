import { createHashHistory, RouterProvider } from '@tanstack/solid-router';
import { render } from 'solid-js/web';
import { appServices } from './appServices';
import { createAppRouter } from './router';
import { openNewWorksheetAddress } from './routes/newWorksheet';

/** Starts the app in `root`. */
export function start(root: HTMLElement): void {
  openNewWorksheetAddress();
  const router = createAppRouter({ history: createHashHistory(), context: { services: appServices } });
  render(() => <RouterProvider router={router} />, root);
}
