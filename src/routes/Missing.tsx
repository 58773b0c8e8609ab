import { onMount, type JSX } from 'solid-js';
import { discardFirstFrame } from '../ui/takeOverFirstFrame';

/** A page that explains what is missing and leads home, instead of an empty form. */
export function Missing(props: { title: string; children: JSX.Element }) {
  onMount(discardFirstFrame);
  return (
    <main class="missing" id="main">
      <h1>{props.title}</h1>
      <p>{props.children}</p>
      <p>
        <a href="#/" class="button primary">
          Go to your worksheets
        </a>
      </p>
    </main>
  );
}
