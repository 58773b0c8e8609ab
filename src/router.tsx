import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  Outlet,
  type RouterHistory,
} from '@tanstack/solid-router';
import { ConfirmProvider } from './ui/ConfirmDialog';
import { Missing } from './routes/Missing';
import { AppError } from './routes/AppError';
import type { Outcome } from './routes/Loaded';
import { StorageBanner } from './ui/StorageBanner';
import { UpdateBanner } from './ui/UpdateBanner';
import { ServicesContext, type Services } from './services';
import { pages } from './pages';
import { startNewWorksheet } from './routes/newWorksheet';

/** What every route can reach: the store, passed in so a test can hand over its own. */
export interface RouterContext {
  services: Services;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => {
    const context = rootRoute.useRouteContext();
    return (
      <ServicesContext.Provider value={context().services}>
        <ConfirmProvider>
          <a
            class="skip-link"
            href="#main"
            onClick={(event) => {
              event.preventDefault();
              document.getElementById('main')?.focus();
            }}
          >
            Skip to content
          </a>
          <StorageBanner />
          <Outlet />
          <UpdateBanner />
        </ConfirmProvider>
      </ServicesContext.Provider>
    );
  },
  notFoundComponent: () => <Missing title="This page does not exist">The address may be mistyped.</Missing>,
  errorComponent: (props) => <AppError error={props.error} />,
});

/** A stored item, its absence, or why it could not be read: the page says which in plain words. */
async function outcome<T>(load: Promise<T | undefined>): Promise<Outcome<T>> {
  try {
    return { item: await load };
  } catch (error) {
    return { error };
  }
}

/**
 * A page's record is read once as the page opens, and never again behind its back while it is
 * open (the page keeps it live itself); leaving the page forgets it, so coming back reads afresh.
 */
const ONCE_PER_VISIT = { staleTime: Infinity, gcTime: 0 } as const;

// Each page is its own chunk so the first load carries only the router and the page it shows.
const libraryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(pages.Library),
});

/** /new: a link a facilitator can share; it starts a worksheet and opens it in its place. */
const newRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/new',
  beforeLoad: async () => {
    // The worksheet page is ready when the redirect lands.
    await pages.WorksheetPage();
    throw redirect({ to: '/worksheets/$id', params: { id: startNewWorksheet() }, replace: true });
  },
});

const worksheetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/worksheets/$id',
  loader: ({ context, params }) => outcome(context.services.worksheets.get(params.id)),
  ...ONCE_PER_VISIT,
  component: lazyRouteComponent(pages.WorksheetPage),
});

const presentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/present/$id',
  loader: ({ context, params }) => outcome(context.services.sessions.get(params.id)),
  ...ONCE_PER_VISIT,
  component: lazyRouteComponent(pages.Present),
});

const projectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/project/$id',
  component: lazyRouteComponent(pages.Project),
});

/** /join and /join/$code: a participant joins a live room by its link or its typed code. */
const joinRoute = createRoute({ getParentRoute: () => rootRoute, path: '/join', component: lazyRouteComponent(pages.Join) });
const joinCodeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/join/$code', component: lazyRouteComponent(pages.Join) });

const routeTree = rootRoute.addChildren([libraryRoute, newRoute, worksheetRoute, presentRoute, projectRoute, joinRoute, joinCodeRoute]);

/**
 * The app's router over a history and services. The app passes hash history (the build works
 * from any static host or a file share, with no server rewrites); tests pass memory history.
 */
export function createAppRouter(options: { history: RouterHistory; context: RouterContext }) {
  return createRouter({
    routeTree,
    history: options.history,
    context: options.context,
    defaultErrorComponent: (props) => <AppError error={props.error} />,
    // A page whose code or record has not arrived yet says so (after 400 ms, so a quick one does
    // not flicker) instead of leaving the window blank; a link pointed at starts loading its page.
    defaultPendingComponent: () => (
      <main id="main" class="pending">
        <p class="muted opening">Opening…</p>
      </main>
    ),
    defaultPendingMinMs: 0,
    defaultPreload: 'intent',
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/solid-router' {
  interface Register {
    router: AppRouter;
  }
}
