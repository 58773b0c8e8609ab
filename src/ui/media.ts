import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** Screens wide enough for the worksheet's sidebar; narrower ones get a compact bar. Matches screens.css. */
export const WIDE_SCREEN = '(min-width: 861px)';

/** Whether a media query matches, kept current as the window is resized or the tablet turned. */
export function createMediaQuery(query: string): Accessor<boolean> {
  const list = window.matchMedia(query);
  const [matches, setMatches] = createSignal(list.matches);
  const update = () => setMatches(list.matches);
  list.addEventListener('change', update);
  onCleanup(() => list.removeEventListener('change', update));
  return matches;
}
