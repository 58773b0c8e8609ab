import { createEffect, lazy, on, Show, Suspense, type Component } from 'solid-js';
import { ConfirmProvider } from './ui/ConfirmDialog';
import { Missing } from './routes/Missing';
import { StorageBanner } from './ui/StorageBanner';
import { UpdateBanner } from './ui/UpdateBanner';
import { pages } from './pages';
import { currentPath, matchPath, navigate } from './routing';


const ROUTES: Array<{ path: string; page: Component }> = [
  { path: '/', page: lazy(pages.library) },
  { path: '/worksheets/$id', page: lazy(pages.worksheet) },
  { path: '/present/$id', page: lazy(pages.present) },
  { path: '/project/$id', page: lazy(pages.project) },
];

/**
 * /new: a link a facilitator can share. It starts a worksheet and opens it in its place: the form
 * renders from the template at once while IndexedDB opens, and the first write follows; a
 * failure shows in the save status. The page's chunk loads alongside the store.
 */
async function startNewWorksheet(): Promise<void> {
  const [{ startWorksheet }] = await Promise.all([import('./store/worksheets'), pages.worksheet()]);
  if (currentPath() !== '/new') return;
  const { record, stored } = startWorksheet();
  stored.catch(() => {});
  navigate(`/worksheets/${record.id}`, { replace: true });
}

function NotFound() {
  return <Missing title="This page does not exist">The address may be mistyped.</Missing>;
}

/** The page for the address, keyed by the address so each worksheet or session opens fresh. */
function CurrentPage() {
  const route = () => ROUTES.find((candidate) => matchPath(candidate.path, currentPath()));
  return (
    <Show when={currentPath() !== '/new'}>
      <Show when={route()} keyed fallback={<NotFound />}>
        {(found) => (
          <Show when={currentPath()} keyed>
            {(_path) => <found.page />}
          </Show>
        )}
      </Show>
    </Show>
  );
}

export function App() {
  createEffect(
    on(currentPath, (path, previous) => {
      if (path === '/new') void startNewWorksheet();
      if (previous !== undefined) window.scrollTo(0, 0);
    }),
  );
  return (
    <ConfirmProvider>
      <a class="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <StorageBanner />
      <Suspense>
        <CurrentPage />
      </Suspense>
      <UpdateBanner />
    </ConfirmProvider>
  );
}
