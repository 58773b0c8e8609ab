import { RouterProvider } from '@tanstack/solid-router';
import { render } from 'solid-js/web';
import { router } from './router';
import './app.css';

// Opening IndexedDB takes tens of milliseconds on a fresh profile: start it while the page renders.
void import('./store/db').then(({ db }) => db()).catch(() => {
  // Pages report storage problems themselves when they need the database.
});

render(() => <RouterProvider router={router} />, document.getElementById('app')!);
