import { createEffect, createSignal, Show, Suspense, type JSX } from 'solid-js';

/**
 * Mounts its children from the first time `open` is true, and keeps them: a dialog's code is
 * loaded (with `lazy`) when it is first wanted, not on the first visit. Its own Suspense, so the
 * page around it never waits for that code.
 */
export function OnceOpened(props: { open: boolean; children: JSX.Element }) {
  const [opened, setOpened] = createSignal(false);
  createEffect(() => props.open && setOpened(true));
  return (
    <Show when={opened()}>
      <Suspense>{props.children}</Suspense>
    </Show>
  );
}
