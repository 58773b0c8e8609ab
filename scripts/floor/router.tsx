// The bench's stack floor: the floor page's one input, but behind the app's router (TanStack,
// hash history, one route). What it costs beyond the floor is the stack's, before any app code.
import { createHashHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/solid-router';
import { render } from 'solid-js/web';

const rootRoute = createRootRoute({ component: () => <Outlet /> });
const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: () => (
    <main>
      <h1>Stack floor</h1>
      <label for="name">Name</label>
      <input id="name" />
    </main>
  ),
});
const router = createRouter({ routeTree: rootRoute.addChildren([indexRoute]), history: createHashHistory() });

render(() => <RouterProvider router={router} />, document.getElementById('app')!);
