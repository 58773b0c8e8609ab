import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  Outlet,
} from '@tanstack/solid-router';
import { ConfirmProvider } from './ui/ConfirmDialog';
import { Missing } from './routes/Missing';
import { AppError } from './routes/AppError';
import { StorageBanner } from './ui/StorageBanner';
import { UpdateBanner } from './ui/UpdateBanner';
import { ServicesContext } from './services';
import { appServices } from './appServices';

const rootRoute = createRootRoute({
  component: () => (
    <ServicesContext.Provider value={appServices}>
    <ConfirmProvider>
      <a class="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <StorageBanner />
      <Outlet />
      <UpdateBanner />
    </ConfirmProvider>
    </ServicesContext.Provider>
  ),
  notFoundComponent: () => <Missing title="This page does not exist">The address may be mistyped.</Missing>,
  errorComponent: (props) => <AppError error={props.error} />,
});

// Each page is its own chunk so the first load carries only the router and the page it shows.
const libraryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/Library')),
});

/** /new: a link a facilitator can share; it starts a worksheet and opens it in its place. */
const newRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/new',
  beforeLoad: async () => {
    // The form opens at once; the first write is under way, and a failure shows in the save status.
    // Load the worksheet page alongside the store, so it is ready when the redirect lands.
    const [{ startWorksheet }] = await Promise.all([import('./store/worksheets'), import('./routes/WorksheetPage')]);
    const { record, stored } = startWorksheet();
    stored.catch(() => {});
    throw redirect({ to: '/worksheets/$id', params: { id: record.id }, replace: true });
  },
});

const worksheetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/worksheets/$id',
  component: lazyRouteComponent(() => import('./routes/WorksheetPage')),
});

const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present/$id',
  component: lazyRouteComponent(() => import('./routes/Present')),
});

const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/project/$id',
  component: lazyRouteComponent(() => import('./routes/Project')),
});

export const router = createRouter({
  routeTree: rootRoute.addChildren([libraryRoute, newRoute, worksheetRoute, presentRoute, projectRoute]),
  // Hash history: the build works from any static host or a file share, with no server rewrites.
  history: createHashHistory(),
  defaultErrorComponent: (props) => <AppError error={props.error} />,
});

declare module '@tanstack/solid-router' {
  interface Register {
    router: typeof router;
  }
}
